import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { makeTempDir } from '../helpers/testBackend';
import { journal } from './harness/journalPage';
import { callPresence } from './harness/pagePresence';
import { expect, test } from './harness/presenceTest';

/** Settings › Your data. */
function dataSection(page: Page) {
  const section = page.getByRole('region', { name: 'Your data' });
  return {
    exportJson: section.getByRole('button', { name: 'Export as JSON' }),
    importJson: section.getByRole('button', { name: 'Import from JSON' }),
    status: section.getByRole('status'),
    problem: section.getByRole('alert'),
  };
}

/** Empties the journal for good, through the backend: as if on a new computer. */
async function wipeJournal(page: Page): Promise<void> {
  const listed = await callPresence(page, 'listEntries', { limit: 500 });
  if (!listed.ok) throw new Error(listed.error.message);
  for (const { id } of listed.value.entries) {
    expect((await callPresence(page, 'deleteEntry', { id })).ok).toBe(true);
    expect((await callPresence(page, 'deleteForever', { id })).ok).toBe(true);
  }
}

test.describe('export and import in Settings', () => {
  let documents: Awaited<ReturnType<typeof makeTempDir>>;
  test.beforeEach(async () => {
    documents = await makeTempDir('presence-e2e-documents-');
  });
  test.afterEach(async () => {
    await documents.remove();
  });

  test('export as JSON, empty the journal, import it again, and every entry is back', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    for (const title of ['Morning', 'שלום', 'Evening 🌙']) await view.write(title, `Notes for ${title}.`);
    await expect(view.entryTitles).toHaveText(['Evening 🌙', 'שלום', 'Morning']);

    await presence.open('#/settings');
    const data = dataSection(page);
    const backup = path.join(documents.dir, 'backup.json');
    presence.backend.desktop.files.exportDestination = backup;
    // The keyboard way: focus the button and press Enter.
    await data.exportJson.focus();
    await page.keyboard.press('Enter');
    await expect(data.status).toHaveText(`Exported 3 entries to ${backup}.`);
    await expect(data.exportJson).toBeFocused();
    expect(JSON.parse(await readFile(backup, 'utf8'))).toMatchObject({ format: 'presence-journal', version: 1 });

    await wipeJournal(page);
    await presence.open('#/journal');
    await expect(view.emptyState).toBeVisible();

    await presence.open('#/settings');
    presence.backend.desktop.files.importFile = backup;
    await data.importJson.focus();
    await page.keyboard.press('Enter');
    await expect(data.status).toHaveText('Imported: 3 added, 0 updated, 0 already here.');
    await expect(data.problem).toHaveText('');

    await presence.open('#/journal');
    await expect(view.entryTitles).toHaveText(['Evening 🌙', 'שלום', 'Morning']);

    // Once more: everything is already here, and nothing doubles.
    await presence.open('#/settings');
    await data.importJson.click();
    await expect(data.status).toHaveText('Imported: 0 added, 0 updated, 3 already here.');
    await presence.open('#/journal');
    await expect(view.entryTitles).toHaveText(['Evening 🌙', 'שלום', 'Morning']);
  });

  test('a file that is not a Presence export is explained, and the journal is unchanged', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    await view.write('Kept', 'This stays as it is.');
    const before = await callPresence(page, 'listEntries', {});

    await presence.open('#/settings');
    const data = dataSection(page);
    const foreign = path.join(documents.dir, 'package.json');
    await writeFile(foreign, JSON.stringify({ name: 'something-else', version: '1.0.0' }));
    presence.backend.desktop.files.importFile = foreign;
    await data.importJson.click();
    await expect(data.problem).toHaveText(
      'This file is not a Presence journal export (it has no "format": "presence-journal"). Nothing was imported.',
    );
    await expect(data.status).toHaveText('');

    expect(await callPresence(page, 'listEntries', {})).toEqual(before);
    await presence.open('#/journal');
    await expect(view.entryTitles).toHaveText(['Kept']);
  });
});
