import { breathPatternIds, breathPatterns } from '../../shared/content/breathPatterns';
import { ChoiceField, type Choice } from './fields/ChoiceField';
import { Field } from './fields/Field';
import { NumberField } from './fields/NumberField';
import type { SettingsForm } from './settingsForm';
import { SettingsSection } from './SettingsSection';
import type { SettingsState } from './useSettings';

const breathChoices: readonly Choice<SettingsForm['breathPattern']>[] = breathPatternIds.map((id) => ({
  value: id,
  label: breathPatterns[id].name,
  detail: breathPatterns[id].description,
}));

/** The breath at the start of a pause, and the shortcut that opens one. */
export function PauseSection({ settings, form }: { settings: SettingsState; form: SettingsForm }) {
  const { fieldProblems: problems, change } = settings;
  return (
    <SettingsSection title="The pause">
      <ChoiceField
        field="breathPattern"
        legend="Breathing"
        choices={breathChoices}
        value={form.breathPattern}
        problem={problems.breathPattern}
        onChange={(value) => change('breathPattern', value)}
      />
      <NumberField
        field="breathSeconds"
        label="Length of the breath (seconds)"
        hint="From 20 seconds to 5 minutes (300)."
        min={20}
        max={300}
        value={form.breathSeconds}
        problem={problems.breathSeconds}
        onChange={(value) => change('breathSeconds', value)}
      />
      <Field
        field="globalShortcut"
        label="Shortcut for a pause"
        hint="One or more modifiers and a key, like Ctrl+Alt+P or Super+Shift+Space. Leave it empty for no shortcut."
        problem={problems.globalShortcut}
      >
        {(aria) => (
          <input
            {...aria}
            type="text"
            className="shortcut-input"
            value={form.globalShortcut}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => change('globalShortcut', event.target.value)}
          />
        )}
      </Field>
    </SettingsSection>
  );
}
