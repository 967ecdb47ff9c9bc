import type { FieldKey } from '../settingsForm';
import { controlAria, FieldHint, FieldProblem } from './Field';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** A line under the choice, when its name alone does not say enough. */
  detail?: string;
}

interface ChoiceFieldProps<V extends string> {
  field: FieldKey;
  legend: string;
  hint?: string;
  choices: readonly Choice<V>[];
  value: V;
  problem: string | undefined;
  onChange(value: V): void;
}

/** One of a few choices, as a radio group; the first radio carries the field's id so focus can find it. */
export function ChoiceField<V extends string>({ field, legend, hint, choices, value, problem, onChange }: ChoiceFieldProps<V>) {
  const aria = controlAria(field, problem, Boolean(hint));
  return (
    <fieldset className="field choice-field" aria-describedby={aria['aria-describedby']} data-invalid={problem ? true : undefined}>
      <legend>{legend}</legend>
      {choices.map((choice, index) => {
        const id = index === 0 ? aria.id : `${aria.id}-${choice.value}`;
        const detailId = choice.detail ? `${aria.id}-${choice.value}-detail` : undefined;
        return (
          <div key={choice.value} className="choice">
            <input
              id={id}
              type="radio"
              name={aria.id}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={detailId}
              onChange={() => onChange(choice.value)}
            />
            <label htmlFor={id}>{choice.label}</label>
            {detailId && (
              <p id={detailId} className="choice-detail">
                {choice.detail}
              </p>
            )}
          </div>
        );
      })}
      <FieldProblem field={field} problem={problem} />
      <FieldHint field={field} hint={hint} />
    </fieldset>
  );
}
