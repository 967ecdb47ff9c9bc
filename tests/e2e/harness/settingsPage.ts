import type { Page } from '@playwright/test';

/** Role and label locators for the Settings surface, shared by the specs. */
export function settingsPage(page: Page) {
  const form = page.getByRole('form', { name: 'Settings' });
  return {
    form,
    interval: form.getByRole('spinbutton', { name: 'Time between pauses (minutes)' }),
    jitter: form.getByRole('spinbutton', { name: 'Gentle variation (minutes either way)' }),
    breathSeconds: form.getByRole('spinbutton', { name: 'Length of the breath (seconds)' }),
    start: form.getByLabel('From'),
    end: form.getByLabel('Until'),
    day: (name: string) => form.getByRole('checkbox', { name }),
    shortcut: form.getByRole('textbox', { name: 'Shortcut for a pause' }),
    save: form.getByRole('button', { name: 'Save settings' }),
    saveStatus: form.getByRole('status'),
    summary: form.getByRole('alert'),
    schedulerText: page.getByRole('region', { name: 'Invitations' }).getByRole('status'),
  };
}
