import type { FieldKey } from '../settingsForm';
import { controlAria, FieldHint, FieldProblem } from './Field';

interface TimeInputProps {
  field: FieldKey;
  label: string;
  value: string;
  problem: string | undefined;
  hasHint?: boolean;
  onChange(value: string): void;
}

function TimeInput({ field, label, value, problem, hasHint = false, onChange }: TimeInputProps) {
  const aria = controlAria(field, problem, hasHint);
  return (
    <div className="time-input" data-invalid={problem ? true : undefined}>
      <label htmlFor={aria.id}>{label}</label>
      <input {...aria} type="time" step={60} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

interface ActiveHoursFieldProps {
  start: string;
  end: string;
  startProblem: string | undefined;
  endProblem: string | undefined;
  onChange(key: 'activeStart' | 'activeEnd', value: string): void;
}

/** The part of the day when invitations may come: two times, each with its own problem. */
export function ActiveHoursField({ start, end, startProblem, endProblem, onChange }: ActiveHoursFieldProps) {
  return (
    <fieldset className="field active-hours">
      <legend>Active hours</legend>
      <div className="time-pair">
        <TimeInput field="activeStart" label="From" value={start} problem={startProblem} onChange={(value) => onChange('activeStart', value)} />
        <TimeInput field="activeEnd" label="Until" value={end} problem={endProblem} hasHint onChange={(value) => onChange('activeEnd', value)} />
      </div>
      <FieldProblem field="activeStart" problem={startProblem} />
      <FieldProblem field="activeEnd" problem={endProblem} />
      <FieldHint field="activeEnd" hint="Ending at midnight means the end of the day." />
    </fieldset>
  );
}
