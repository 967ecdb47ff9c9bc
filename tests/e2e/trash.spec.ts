import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { trashRetentionDays } from '../../shared/journal/trashRetention';
import { sampleEntry } from '../helpers/sampleEntry';
import { journal } from './harness/journalPage';
import { expect, test } from './harness/presenceTest';
import { trash } from './harness/trashPage';

const day = 24 * 60 * 60 * 1000;

/** The date as the page writes it, in the browser's own locale. */
function dayInPage(page: Page, epochMs: number): Promise<string> {
  return page.evaluate((ms) => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(ms), epochMs);
}

async function writeThree(page: Page) {
  const view = journal(page);
  for (const title of ['First', 'Second', 'Third']) await view.write(title, `The ${title.toLowerCase()} thought.`);
  await expect(view.entryTitles).toHaveText(['Third', 'Second', 'First']);
  return view;
}

test.describe('deleting to the trash', () => {
  test('Undo in the toast brings a deleted entry back to its place', async ({ page, presence }) => {
    await presence.open();
    const view = await writeThree(page);

    await view.entry('Second').getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    await expect(view.entryTitles).toHaveText(['Third', 'First']);
    await expect(view.toast).toHaveAttribute('aria-live', 'polite');
    await expect(view.toast).toContainText('Moved to the trash.');
    // The toast never takes focus: reading carries on at the next entry.
    await expect(view.entry('First')).toBeFocused();

    // It is the next stop for the keyboard after that entry's own buttons.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(view.undo).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(view.entryTitles).toHaveText(['Third', 'Second', 'First']);
    await expect(view.entry('Second')).toBeFocused();
    await expect(view.toast).toHaveCount(0);
    await page.reload();
    await expect(view.entryTitles).toHaveText(['Third', 'Second', 'First']);
  });

  test('Ctrl/Cmd+Z undoes while the toast is shown, except while typing in a field', async ({ page, presence }) => {
    await presence.open();
    const view = await writeThree(page);

    await view.entry('Third').getByRole('button', { name: 'Delete' }).click();
    await expect(view.entryTitles).toHaveText(['Second', 'First']);

    // In a field with text, the shortcut is the field's own undo.
    await view.newEntryText.fill('half a thought');
    await view.newEntryText.press('ControlOrMeta+z');
    await expect(view.entryTitles).toHaveText(['Second', 'First']);
    await expect(view.toast).toBeVisible();

    await view.entry('Second').focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(view.entryTitles).toHaveText(['Third', 'Second', 'First']);
    await expect(view.entry('Third')).toBeFocused();
    await expect(view.toast).toHaveCount(0);
  });

  test('the toast leaves by itself after a while, but not while it is focused or hovered', async ({ page, presence }) => {
    await page.clock.install();
    await presence.open();
    const view = journal(page);
    await view.write('Brief', 'Here and gone.');
    await view.entry('Brief').getByRole('button', { name: 'Delete' }).click();

    await view.undo.focus();
    await page.clock.runFor(30_000);
    await expect(view.toast).toBeVisible();

    await view.newEntryText.focus();
    await view.toast.getByText('Moved to the trash.').hover();
    await page.clock.runFor(30_000);
    await expect(view.toast).toBeVisible();

    await page.mouse.move(0, 0);
    await page.clock.runFor(6_000);
    await expect(view.toast).toBeVisible();
    await page.clock.runFor(3_000);
    await expect(view.toast).toHaveCount(0);
    await expect(view.newEntryText).toBeFocused();
  });

  test('the toast appears without moving when reduced motion is asked for', async ({ page, presence }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await presence.open();
    const view = journal(page);
    await view.write('Still', 'No movement needed.');
    await view.entry('Still').getByRole('button', { name: 'Delete' }).click();
    await expect(view.toast.locator('.toast')).toHaveCSS('animation-name', 'none');
  });

  test('a deleted entry waits in the Trash, and Restore puts it back in the journal', async ({ page, presence }) => {
    await presence.open();
    const view = await writeThree(page);
    await view.entry('Second').getByRole('button', { name: 'Delete' }).click();
    // Once the delete lands, focus moves to the next entry; only then go to the Trash,
    // or that move could take the focus back from the link before Enter is pressed.
    await expect(view.toast).toContainText('Moved to the trash.');
    await expect(view.entryTitles).toHaveText(['Third', 'First']);

    await view.trashLink.focus();
    await page.keyboard.press('Enter');
    const bin = trash(page);
    await expect(bin.heading).toBeVisible();
    await expect(page).toHaveTitle('Trash · Presence');
    await expect(page.getByRole('link', { name: 'Journal', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByText(`wait here for ${trashRetentionDays} days, then they are removed for good`)).toBeVisible();
    await expect(bin.entryTitles).toHaveText(['Second']);
    const removedOn = await dayInPage(page, Date.now() + trashRetentionDays * day);
    await expect(bin.entry('Second')).toContainText(`removed for good on ${removedOn}`);

    await bin.entry('Second').getByRole('button', { name: 'Restore' }).focus();
    await page.keyboard.press('Enter');
    await expect(bin.emptyState).toBeVisible();
    await expect(bin.heading).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Restored to your journal.' })).toBeAttached();

    await bin.backToJournal.click();
    await page.reload();
    await expect(view.entryTitles).toHaveText(['Third', 'Second', 'First']);
  });

  test('Delete forever asks first, and the entry stays gone after a restart', async ({ page, presence }) => {
    await presence.open();
    const view = await writeThree(page);
    await view.entry('First').getByRole('button', { name: 'Delete' }).click();
    await view.entry('Third').getByRole('button', { name: 'Delete' }).click();

    await presence.open('#/journal/trash');
    const bin = trash(page);
    // Most recently deleted first.
    await expect(bin.entryTitles).toHaveText(['Third', 'First']);
    const doomed = bin.entry('Third');
    const deleteForever = doomed.getByRole('button', { name: 'Delete forever' });

    await deleteForever.focus();
    await page.keyboard.press('Enter');
    const confirmation = doomed.getByRole('group', { name: 'Delete this entry for good? It can’t be brought back.' });
    await expect(confirmation.getByRole('button', { name: 'Keep in the trash' })).toBeFocused();
    // Esc keeps it, and focus goes back where it was.
    await page.keyboard.press('Escape');
    await expect(deleteForever).toBeFocused();
    await expect(bin.entries).toHaveCount(2);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await expect(confirmation.getByRole('button', { name: 'Delete forever' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(bin.entryTitles).toHaveText(['First']);
    await expect(bin.entry('First')).toBeFocused();

    await presence.restart();
    await expect(bin.entryTitles).toHaveText(['First']);
    await bin.backToJournal.click();
    await expect(view.entryTitles).toHaveText(['Second']);
  });

  test(`an entry deleted more than ${trashRetentionDays} days ago is removed for good at start-up`, async ({ page, presence }) => {
    const now = Date.now();
    const written = new Date(now - 45 * day).toISOString();
    const monthFile = path.join(presence.dataDir, 'journal', `${written.slice(0, 7)}.json`);
    const entries = [
      sampleEntry({ id: '5b7e2c1a-3d4f-4a6b-8c9d-000000000031', title: 'Long gone', createdAt: written, updatedAt: written, deletedAt: new Date(now - 31 * day).toISOString() }),
      sampleEntry({ id: '5b7e2c1a-3d4f-4a6b-8c9d-000000000029', title: 'Nearly gone', createdAt: written, updatedAt: written, deletedAt: new Date(now - 29 * day).toISOString() }),
    ];
    await mkdir(path.dirname(monthFile), { recursive: true });
    await writeFile(monthFile, JSON.stringify({ kind: 'journal-month', schemaVersion: 4, data: { entries } }));

    // Start-up is when the backend opens the folder: as quitting and starting the app would.
    await presence.backend.restart();
    await presence.open('#/journal/trash');
    const bin = trash(page);
    await expect(bin.entryTitles).toHaveText(['Nearly gone']);
    const removedOn = await dayInPage(page, Date.parse(entries[1]!.deletedAt!) + trashRetentionDays * day);
    await expect(bin.entry('Nearly gone')).toContainText(`removed for good on ${removedOn}`);
    const stored = JSON.parse(await readFile(monthFile, 'utf8'));
    expect(stored.data.entries.map((entry: { title: string }) => entry.title)).toEqual(['Nearly gone']);
  });

  test('the Trash says so when it is empty', async ({ page, presence }) => {
    await presence.open('#/journal/trash');
    await expect(trash(page).emptyState).toBeVisible();
    await trash(page).backToJournal.focus();
    await page.keyboard.press('Enter');
    await expect(journal(page).emptyState).toBeVisible();
  });
});
