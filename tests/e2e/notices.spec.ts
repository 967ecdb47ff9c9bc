import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { journal } from './harness/journalPage';
import { expect, test } from './harness/presenceTest';

test('a damaged journal file is reported in a banner that can be dismissed', async ({ page, presence }) => {
  await presence.open();
  await journal(page).write('Soon damaged', 'This month’s file will be broken on purpose.');

  await presence.backend.close();
  const journalFolder = path.join(presence.dataDir, 'journal');
  const [monthFile] = (await readdir(journalFolder)).filter((name) => name.endsWith('.json'));
  if (!monthFile) throw new Error('The journal wrote no month file.');
  await writeFile(path.join(journalFolder, monthFile), '{"cut short');
  await presence.restart();

  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('could not be read');
  await notices.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');

  await expect(notices).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeFocused();
});
