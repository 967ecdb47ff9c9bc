import type { Page } from '@playwright/test';
import { journal } from './harness/journalPage';
import { callPresence } from './harness/pagePresence';
import { expect, test } from './harness/presenceTest';

test.describe('drafts keep what was typed', () => {
  test('a new entry is back after the page goes away', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    await view.newEntryTitle.focus();
    await page.keyboard.type('Half a thought');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The train was late and I');
    await expect(view.newEntry.getByRole('status')).toHaveText('Draft saved');

    await page.reload();
    await expect(view.newEntryTitle).toHaveValue('Half a thought');
    await expect(view.newEntryText).toHaveValue('The train was late and I');
    await expect(view.newEntry).toContainText('Picked up where you left off — saved');
  });

  test('words are kept when the backend restarts right after a blur', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    await view.newEntryText.focus();
    await page.keyboard.type('Typed, then the app quit.');
    await page.keyboard.press('Tab');

    await presence.restart();
    await expect(view.newEntryText).toHaveValue('Typed, then the app quit.');
  });

  test('saving the entry lets the draft go', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    await view.newEntryText.focus();
    await page.keyboard.type('Done with this one.');
    await expect(view.newEntry.getByRole('status')).toHaveText('Draft saved');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(view.entries.first()).toContainText('Done with this one.');

    await expect.poll(() => callPresence(page, 'getDraft', { key: 'new' })).toEqual({ ok: true, value: null });
    await page.reload();
    await expect(view.entries.first()).toContainText('Done with this one.');
    await expect(view.newEntryText).toHaveValue('');
    await expect(view.newEntry).not.toContainText('Picked up where you left off');
  });

  test('an edit in progress is offered back after a reload', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const entry = await view.write('Walk', 'Round the block.');
    await entry.getByRole('button', { name: 'Edit' }).click();
    const text = entry.getByRole('form', { name: 'Edit entry' }).getByLabel('Entry');
    await expect(text).toBeFocused();
    await page.keyboard.type(' Then the park.');
    await expect(entry.getByRole('form').getByRole('status')).toHaveText('Draft saved');

    await page.reload();
    const again = view.entry('Walk');
    await expect(again).toContainText('Round the block.');
    await again.getByRole('button', { name: 'Edit' }).click();
    await expect(again.getByRole('form', { name: 'Edit entry' }).getByLabel('Entry')).toHaveValue('Round the block. Then the park.');
    await expect(again).toContainText('Picked up where you left off — saved');

    await again.getByRole('button', { name: 'Discard draft' }).click();
    await expect(again.getByRole('form', { name: 'Edit entry' }).getByLabel('Entry')).toHaveValue('Round the block.');
  });

  test('Esc keeps changed words of an edit as a draft and says so; Cancel lets them go', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const entry = await view.write('Tea', 'Green, too hot.');
    const editButton = entry.getByRole('button', { name: 'Edit' });
    await editButton.click();
    await page.keyboard.type(' Waited.');
    await page.keyboard.press('Escape');

    await expect(editButton).toBeFocused();
    await expect(entry).toContainText('Your unsaved changes are kept as a draft.');
    await editButton.click();
    const text = entry.getByRole('form', { name: 'Edit entry' }).getByLabel('Entry');
    await expect(text).toHaveValue('Green, too hot. Waited.');

    await entry.getByRole('button', { name: 'Cancel' }).click();
    await expect(entry).not.toContainText('kept as a draft');
    const id = await entryId(page);
    await expect.poll(() => callPresence(page, 'getDraft', { key: id })).toEqual({ ok: true, value: null });
    await editButton.click();
    await expect(text).toHaveValue('Green, too hot.');
  });
});

async function entryId(page: Page): Promise<string> {
  const listed = await callPresence(page, 'listEntries', { limit: 1 });
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.entries[0]?.id ?? '';
}
