import { axisMax, axisMin } from './feelingDraft';

interface AxisSliderProps {
  id: string;
  value: number;
  /** The value in words, for `aria-valuetext` and the readout beside the label. */
  valueText: string;
  orientation: 'horizontal' | 'vertical';
  className: string;
  onChange(value: number): void;
}

/**
 * One axis of the check-in as a native range input: arrow keys, Home/End and
 * Page keys work, and a screen reader hears the value in words. Its label is
 * elsewhere in the layout (`<label htmlFor>`).
 */
export function AxisSlider({ id, value, valueText, orientation, className, onChange }: AxisSliderProps) {
  return (
    <input
      id={id}
      className={`axis-slider ${className}`}
      type="range"
      min={axisMin}
      max={axisMax}
      step={1}
      value={value}
      aria-valuetext={valueText}
      aria-orientation={orientation}
      onChange={(event) => onChange(Number(event.target.value))}
    />
  );
}
