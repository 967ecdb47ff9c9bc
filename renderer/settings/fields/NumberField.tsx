import type { ReactNode } from 'react';
import type { FieldKey } from '../settingsForm';
import { Field } from './Field';

interface NumberFieldProps {
  field: FieldKey;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  min: number;
  max: number;
  problem: string | undefined;
  onChange(value: string): void;
}

/** A whole number, kept as typed; the backend's rules decide whether it is acceptable. */
export function NumberField({ field, label, hint, value, min, max, problem, onChange }: NumberFieldProps) {
  return (
    <Field field={field} label={label} hint={hint} problem={problem}>
      {(aria) => (
        <input
          {...aria}
          type="number"
          className="number-input"
          inputMode="numeric"
          step={1}
          min={min}
          max={max}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
