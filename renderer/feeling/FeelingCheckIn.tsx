import { AxisSlider } from './AxisSlider';
import { describeEnergy, describePleasantness } from './axisWords';
import { FeelingPlane } from './FeelingPlane';
import { FeelingWords } from './FeelingWords';
import type { FeelingDraft } from './feelingDraft';

interface FeelingCheckInProps {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  value: FeelingDraft;
  onChange(next: FeelingDraft): void;
}

/**
 * "What am I feeling?": a place on the pleasantness × energy plane, set with
 * two sliders (or a click on the drawing), and a word for it.
 */
export function FeelingCheckIn({ idPrefix, value, onChange }: FeelingCheckInProps) {
  const pleasantnessId = `${idPrefix}-pleasantness`;
  const energyId = `${idPrefix}-energy`;
  const pleasantWords = describePleasantness(value.pleasantness);
  const energyWords = describeEnergy(value.energy);

  const place = (pleasantness: number, energy: number) => onChange({ ...value, pleasantness, energy, placed: true });

  return (
    <div className="feeling-check-in">
      <div className="feeling-readout">
        <p>
          <label htmlFor={pleasantnessId}>Pleasantness</label>
          <span className="axis-words">{pleasantWords}</span>
        </p>
        <p>
          <label htmlFor={energyId}>Energy</label>
          <span className="axis-words">{energyWords}</span>
        </p>
      </div>
      <div className="feeling-field">
        <AxisSlider
          id={pleasantnessId}
          className="pleasantness-slider"
          orientation="horizontal"
          value={value.pleasantness}
          valueText={pleasantWords}
          onChange={(pleasantness) => place(pleasantness, value.energy)}
        />
        <AxisSlider
          id={energyId}
          className="energy-slider"
          orientation="vertical"
          value={value.energy}
          valueText={energyWords}
          onChange={(energy) => place(value.pleasantness, energy)}
        />
        <FeelingPlane pleasantness={value.pleasantness} energy={value.energy} placed={value.placed} onPlace={place} />
      </div>
      <FeelingWords
        idPrefix={idPrefix}
        pleasantness={value.pleasantness}
        energy={value.energy}
        chosen={value.word}
        onChoose={(word) => onChange({ ...value, word })}
      />
    </div>
  );
}
