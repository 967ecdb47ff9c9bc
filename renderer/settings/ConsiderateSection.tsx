import { CheckboxField } from './fields/CheckboxField';
import { ChoiceField, type Choice } from './fields/ChoiceField';
import { NumberField } from './fields/NumberField';
import type { SettingsForm } from './settingsForm';
import { SettingsSection } from './SettingsSection';
import type { SettingsState } from './useSettings';

const notifierChoices: readonly Choice<SettingsForm['notifier']>[] = [
  { value: 'automatic', label: 'Choose for me' },
  { value: 'electron', label: 'Presence’s own notifications' },
  { value: 'node-notifier', label: 'The system’s notification helper', detail: 'Try this if invitations don’t appear.' },
];

/** Waiting for a good moment, and how an invitation arrives. */
export function ConsiderateSection({ settings, form }: { settings: SettingsState; form: SettingsForm }) {
  const { fieldProblems: problems, change } = settings;
  return (
    <SettingsSection title="Arriving at a good moment">
      <CheckboxField
        field="deferWhenBusy"
        label="Wait while I’m away, the screen is locked, or do-not-disturb is on"
        checked={form.deferWhenBusy}
        problem={problems.deferWhenBusy}
        onChange={(on) => change('deferWhenBusy', on)}
      />
      <NumberField
        field="quietAfterActivityMinutes"
        label="Quiet time after a pause or journal entry (minutes)"
        hint="Up to 4 hours (240). 0 means no quiet time."
        min={0}
        max={240}
        value={form.quietAfterActivityMinutes}
        problem={problems.quietAfterActivityMinutes}
        onChange={(value) => change('quietAfterActivityMinutes', value)}
      />
      <CheckboxField
        field="backOffWhenIgnored"
        label="Invite less often when several invitations go unanswered"
        hint="Back to your usual rhythm after your next pause."
        checked={form.backOffWhenIgnored}
        problem={problems.backOffWhenIgnored}
        onChange={(on) => change('backOffWhenIgnored', on)}
      />
      <ChoiceField
        field="notifier"
        legend="Notifications"
        choices={notifierChoices}
        value={form.notifier}
        problem={problems.notifier}
        onChange={(value) => change('notifier', value)}
      />
      <CheckboxField field="sound" label="Play a sound with invitations" checked={form.sound} problem={problems.sound} onChange={(on) => change('sound', on)} />
    </SettingsSection>
  );
}
