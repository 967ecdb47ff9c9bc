import { ChoiceField, type Choice } from './fields/ChoiceField';
import type { SettingsForm } from './settingsForm';
import { SettingsSection } from './SettingsSection';
import type { SettingsState } from './useSettings';

const themeChoices: readonly Choice<SettingsForm['theme']>[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** How Presence looks (and, once Today exists, what it shows when it starts). */
export function StartSection({ settings, form }: { settings: SettingsState; form: SettingsForm }) {
  const { fieldProblems: problems, change } = settings;
  return (
    <SettingsSection title="Appearance">
      {/* "Show Today when Presence starts" joins this section with the Today window itself. */}
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
