import { CheckboxField } from './fields/CheckboxField';
import { ChoiceField, type Choice } from './fields/ChoiceField';
import type { SettingsForm } from './settingsForm';
import { SettingsSection } from './SettingsSection';
import type { SettingsState } from './useSettings';

const themeChoices: readonly Choice<SettingsForm['theme']>[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** What Presence shows when it starts, and how it looks. */
export function StartSection({ settings, form }: { settings: SettingsState; form: SettingsForm }) {
  const { fieldProblems: problems, change } = settings;
  return (
    <SettingsSection title="Starting and appearance">
      <CheckboxField
        field="showTodayAtStart"
        label="Show Today when Presence starts"
        hint="The question of the day, once a day."
        checked={form.showTodayAtStart}
        problem={problems.showTodayAtStart}
        onChange={(on) => change('showTodayAtStart', on)}
      />
      <ChoiceField
        field="theme"
        legend="Theme"
        choices={themeChoices}
        value={form.theme}
        problem={problems.theme}
        onChange={(value) => change('theme', value)}
      />
    </SettingsSection>
  );
}
