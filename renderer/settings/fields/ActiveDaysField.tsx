import { fieldId } from '../settingsFieldIds';
import { controlAria, FieldProblem } from './Field';

/** Monday first; the numbers are JavaScript's (0 = Sunday), as the settings store them. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;
// 2024-01-07 was a Sunday, so day n of the week is the 7th + n.
const dayName = (day: number) => new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(2024, 0, 7 + day));

interface ActiveDaysFieldProps {
  days: readonly number[];
  problem: string | undefined;
  onChange(days: number[]): void;
}

/** The days invitations may come, as checkboxes. */
export function ActiveDaysField({ days, problem, onChange }: ActiveDaysFieldProps) {
  const aria = controlAria('activeDays', problem, false);

  function toggle(day: number, on: boolean): void {
    onChange(on ? [...days, day] : days.filter((chosen) => chosen !== day));
  }

  return (
    <fieldset className="field active-days" aria-describedby={aria['aria-describedby']} data-invalid={problem ? true : undefined}>
      <legend>Active days</legend>
      <div className="day-choices">
        {weekOrder.map((day, index) => {
          const id = index === 0 ? fieldId('activeDays') : `${fieldId('activeDays')}-${day}`;
          return (
            <div key={day} className="day-choice">
              <input id={id} type="checkbox" checked={days.includes(day)} onChange={(event) => toggle(day, event.target.checked)} />
              <label htmlFor={id}>{dayName(day)}</label>
            </div>
          );
        })}
      </div>
      <FieldProblem field="activeDays" problem={problem} />
    </fieldset>
  );
}
