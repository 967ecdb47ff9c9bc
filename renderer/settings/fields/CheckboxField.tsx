import type { ReactNode } from 'react';
import type { FieldKey } from '../settingsForm';
import { controlAria, FieldHint, FieldProblem } from './Field';

interface CheckboxFieldProps {
  field: FieldKey;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  problem: string | undefined;
  onChange(checked: boolean): void;
}

/** An on/off setting: the box first, its label beside it, the hint underneath. */
export function CheckboxField({ field, label, hint, checked, problem, onChange }: CheckboxFieldProps) {
  const aria = controlAria(field, problem, Boolean(hint));
  return (
    <div className="field checkbox-field" data-invalid={problem ? true : undefined}>
      <input {...aria} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={aria.id}>{label}</label>
      <FieldProblem field={field} problem={problem} />
      <FieldHint field={field} hint={hint} />
    </div>
  );
}
