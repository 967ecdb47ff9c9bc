import { useState } from 'react';
import { emotionWords, quadrantLabels, quadrants, wordsNear } from '../../shared/content/emotions';
import { WordChoices } from './WordChoices';

const nearbyCount = 6;

interface FeelingWordsProps {
  idPrefix: string;
  pleasantness: number;
  energy: number;
  chosen: string | null;
  onChoose(word: string): void;
}

/** A few words near the point on the plane, or every word grouped by quadrant. */
export function FeelingWords({ idPrefix, pleasantness, energy, chosen, onChoose }: FeelingWordsProps) {
  const [showAll, setShowAll] = useState(false);
  const name = `${idPrefix}-word`;
  const listId = `${idPrefix}-words`;
  const nearby = wordsNear(pleasantness, energy, nearbyCount).map((entry) => entry.word);
  // A word chosen from the full list stays in view after the list is folded away.
  const shown = chosen === null || nearby.includes(chosen) ? nearby : [...nearby, chosen];

  return (
    <fieldset className="feeling-words">
      <legend>
        A word for it <span className="optional">(optional)</span>
      </legend>
      <div id={listId}>
        {showAll ? (
          quadrants.map((quadrant) => (
            <fieldset key={quadrant} className="word-quadrant">
              <legend>{quadrantLabels[quadrant]}</legend>
              <WordChoices
                name={name}
                words={emotionWords.filter((entry) => entry.quadrant === quadrant).map((entry) => entry.word)}
                chosen={chosen}
                onChoose={onChoose}
              />
            </fieldset>
          ))
        ) : (
          <WordChoices name={name} words={shown} chosen={chosen} onChoose={onChoose} />
        )}
      </div>
      <button type="button" className="button quiet show-all-words" aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
        {showAll ? 'Show fewer words' : 'Show all words'}
      </button>
    </fieldset>
  );
}
