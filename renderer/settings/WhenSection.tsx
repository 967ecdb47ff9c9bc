import { ActiveDaysField } from './fields/ActiveDaysField';
import { ActiveHoursField } from './fields/ActiveHoursField';
import { NumberField } from './fields/NumberField';
import type { SettingsForm } from './settingsForm';
import { SettingsSection } from './SettingsSection';
import type { SettingsState } from './useSettings';

/** How often, at which hours and on which days Presence invites a pause. */
export function WhenSection({ settings, form }: { settings: SettingsState; form: SettingsForm }) {
  const { fieldProblems: problems, change } = settings;
  return (
    <SettingsSection title="When to invite you">
      <NumberField
        field="pauseIntervalMinutes"
        label="Time between pauses (minutes)"
        hint="From 10 minutes to 8 hours (480)."
        min={10}
        max={480}
        value={form.pauseIntervalMinutes}
        problem={problems.pauseIntervalMinutes}
        onChange={(value) => change('pauseIntervalMinutes', value)}
      />
      <ActiveHoursField
        start={form.activeStart}
        end={form.activeEnd}
        startProblem={problems.activeStart}
        endProblem={problems.activeEnd}
        onChange={change}
      />
      <ActiveDaysField days={form.activeDays} problem={problems.activeDays} onChange={(days) => change('activeDays', days)} />
      <NumberField
        field="jitterMinutes"
        label="Gentle variation (minutes either way)"
        hint="Up to 15, so pauses don’t arrive like clockwork. 0 keeps them exact."
        min={0}
        max={15}
        value={form.jitterMinutes}
        problem={problems.jitterMinutes}
        onChange={(value) => change('jitterMinutes', value)}
      />
    </SettingsSection>
  );
}
