import type { ReactNode } from 'react';
import { fieldHintId, fieldId, fieldProblemId } from '../settingsFieldIds';
import type { FieldKey } from '../settingsForm';

/** What every control gets: its id, its description (problem first, then hint) and whether it is invalid. */
export interface ControlAria {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export function controlAria(field: FieldKey, problem: string | undefined, hasHint: boolean): ControlAria {
  const described = [problem ? fieldProblemId(field) : null, hasHint ? fieldHintId(field) : null].filter(Boolean).join(' ');
  return {
    id: fieldId(field),
    ...(described ? { 'aria-describedby': described } : {}),
    ...(problem ? { 'aria-invalid': true as const } : {}),
  };
}

/** The problem under a field, in the field's own words; present only when there is one. */
export function FieldProblem({ field, problem }: { field: FieldKey; problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p id={fieldProblemId(field)} className="field-problem">
      {problem}
    </p>
  );
}

export function FieldHint({ field, hint }: { field: FieldKey; hint: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={fieldHintId(field)} className="hint">
      {hint}
    </p>
  );
}

interface FieldProps {
  field: FieldKey;
  label: ReactNode;
  hint?: ReactNode;
  problem: string | undefined;
  children(aria: ControlAria): ReactNode;
}

/** A label, one control, and the problem and hint that describe it. */
export function Field({ field, label, hint, problem, children }: FieldProps) {
  return (
    <div className="field" data-invalid={problem ? true : undefined}>
      <label htmlFor={fieldId(field)}>{label}</label>
      {children(controlAria(field, problem, Boolean(hint)))}
      <FieldProblem field={field} problem={problem} />
      <FieldHint field={field} hint={hint} />
    </div>
  );
}
