import { callPresence } from './harness/pagePresence';
import { expect, test } from './harness/presenceTest';
import { settingsPage } from './harness/settingsPage';

const notSaved = 'Nothing was saved yet: some settings need another look, and each one says why.';

test.describe('Settings', () => {
  test('shows the saved settings, and a change survives a reload', async ({ page, presence }) => {
    await presence.open('#/settings');
    const settings = settingsPage(page);
    await expect(settings.interval).toHaveValue('90');
    await expect(settings.start).toHaveValue('09:00');
    await expect(settings.end).toHaveValue('18:00');
    await expect(settings.day('Monday')).toBeChecked();
    await expect(settings.day('Sunday')).not.toBeChecked();
    await expect(settings.schedulerText).not.toHaveText('');

    await settings.interval.fill('45');
    await settings.start.fill('08:30');
    await settings.end.fill('00:00');
    await settings.day('Sunday').check();
    await settings.save.press('Enter');
    await expect(settings.saveStatus).toHaveText('Settings saved.');

    const saved = await callPresence(page, 'getSettings');
    expect(saved).toMatchObject({ ok: true, value: { pauseIntervalMinutes: 45, activeHours: { startMinute: 510, endMinute: 1440 } } });
    await page.reload();
    await expect(settings.interval).toHaveValue('45');
    await expect(settings.start).toHaveValue('08:30');
    await expect(settings.end).toHaveValue('00:00');
    await expect(settings.day('Sunday')).toBeChecked();
  });

  test('an interval of 0 is explained at the field, and nothing is saved', async ({ page, presence }) => {
    await presence.open('#/settings');
    const settings = settingsPage(page);
    await settings.interval.fill('0');
    await settings.jitter.fill('3');
    await settings.interval.press('Enter');

    await expect(settings.interval).toBeFocused();
    await expect(settings.interval).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.interval).toHaveAccessibleDescription('Pauses need to be at least 10 minutes apart. From 10 minutes to 8 hours (480).');
    await expect(settings.summary).toHaveText(notSaved);
    await expect(settings.interval).toHaveValue('0');

    await page.reload();
    await expect(settings.interval).toHaveValue('90');
    await expect(settings.jitter).toHaveValue('5');
  });

  test('active hours that end before they start are explained at the end time', async ({ page, presence }) => {
    await presence.open('#/settings');
    const settings = settingsPage(page);
    await settings.start.fill('17:00');
    await settings.end.fill('08:00');
    await settings.save.click();

    await expect(settings.end).toBeFocused();
    await expect(settings.end).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.end).toHaveAccessibleDescription(/^Your active hours need to end after they start\./);
    await expect(settings.start).not.toHaveAttribute('aria-invalid');
    await page.reload();
    await expect(settings.start).toHaveValue('09:00');
  });

  test('negative, empty and malformed values are each explained at their own field', async ({ page, presence }) => {
    await presence.open('#/settings');
    const settings = settingsPage(page);
    await settings.jitter.fill('-3');
    await settings.save.click();
    await expect(settings.jitter).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.jitter).toHaveAccessibleDescription(/^.+ Up to 15, so pauses/);
    await expect(settings.jitter).toBeFocused();

    await settings.jitter.fill('5');
    await expect(settings.jitter).not.toHaveAttribute('aria-invalid');
    await settings.breathSeconds.fill('');
    await settings.shortcut.fill('P');
    await settings.save.click();
    await expect(settings.breathSeconds).toHaveAccessibleDescription(/^Enter a number here\./);
    await expect(settings.breathSeconds).toBeFocused();

    await settings.breathSeconds.fill('60');
    await settings.save.click();
    await expect(settings.shortcut).toBeFocused();
    await expect(settings.shortcut).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.shortcut).toHaveAccessibleDescription(/^A shortcut needs at least one modifier/);

    await page.reload();
    await expect(settings.shortcut).toHaveValue('CommandOrControl+Alt+P');
  });

  test('a shortcut another app holds is saved, with a warning said politely', async ({ page, presence }) => {
    presence.backend.desktop.takenShortcuts.add('Ctrl+Alt+T');
    await presence.open('#/settings');
    const settings = settingsPage(page);
    await settings.shortcut.fill('Ctrl+Alt+T');
    await settings.shortcut.press('Enter');

    await expect(settings.saveStatus).toContainText('Settings saved.');
    await expect(settings.saveStatus).toContainText('The shortcut Ctrl+Alt+T is already used by another app');
  });

  test('snoozes and resumes from the status at the top', async ({ page, presence }) => {
    await presence.open('#/settings');
    const settings = settingsPage(page);
    const invitations = page.getByRole('region', { name: 'Invitations' });
    await invitations.getByRole('button', { name: '1 hour' }).press('Enter');
    await expect(settings.schedulerText).toHaveText(/^Snoozed until/);

    const resume = invitations.getByRole('button', { name: 'Resume now' });
    await resume.press('Enter');
    await expect(settings.schedulerText).not.toHaveText(/Snoozed/);
    await expect(resume).toHaveCount(0);
    await expect(invitations.getByRole('button', { name: '30 minutes' })).toBeFocused();
  });
});
