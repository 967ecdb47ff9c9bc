import type { JournalEntry } from '../../shared/journal/entry';
import { sampleEntry } from '../helpers/sampleEntry';
import { journalFind, seedEntries } from './harness/findPage';
import { journal } from './harness/journalPage';
import { expect, test } from './harness/presenceTest';

/** An entry on a given day (noon in London, where the test desktop lives), with whatever else a test needs. */
function on(day: number, number: number, overrides: Partial<JournalEntry>): JournalEntry {
  const at = `2026-11-${String(day).padStart(2, '0')}T12:00:00.000Z`;
  return sampleEntry({ id: `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`, createdAt: at, updatedAt: at, ...overrides });
}

const journalEntries: JournalEntry[] = [
  on(10, 1, { title: 'Café morning', text: 'A slow breath at the CAFÉ before work.', tags: ['morning'], values: ['Health'] }),
  on(12, 2, { kind: 'pause', title: '', text: '', feeling: { pleasantness: 3, energy: -4, word: 'calm' }, shift: 'Walk to the window' }),
  on(14, 3, { kind: 'reset', title: '', text: '', feeling: { pleasantness: -3, energy: 3, word: 'stressed' }, tags: ['work'] }),
  on(16, 4, { title: 'Evening', text: 'Breath, slow and uneven. Work was loud.', tags: ['work', 'evening'], values: ['Honesty'] }),
  on(18, 5, { title: 'Kitchen', text: 'Kettle on, light on the wall.', values: ['Honesty'] }),
];

test.describe('finding entries', () => {
  test.beforeEach(async ({ page, presence }) => {
    await presence.open();
    await seedEntries(page, presence, journalEntries);
    await expect(journal(page).entries).toHaveCount(5);
  });

  test('finds a word whatever its case and accents, and marks it', async ({ page }) => {
    const find = journalFind(page);
    await find.search('cafe');
    await expect(find.count).toHaveText('1 entry found');
    await expect(find.resultTitles).toHaveText(['Café morning']);
    const marks = find.results.locator('mark');
    await expect(marks).toHaveText(['Café', 'CAFÉ']);
  });

  test('a phrase in quotes must appear as written', async ({ page }) => {
    const find = journalFind(page);
    await find.search('breath');
    await expect(find.resultTitles).toHaveText(['Evening', 'Café morning']);
    await find.search('"slow breath"');
    await expect(find.resultTitles).toHaveText(['Café morning']);
    await expect(find.results.locator('mark')).toHaveText(['slow breath']);
  });

  test('every word must appear somewhere in the entry', async ({ page }) => {
    const find = journalFind(page);
    await find.search('breath loud');
    await expect(find.resultTitles).toHaveText(['Evening']);
    await find.search('breath kettle');
    await expect(find.count).toHaveText('0 entries found');
    await expect(find.emptyState).toBeVisible();
  });

  test('filters by kind, by feeling, by tag, by value and by dates, each alone', async ({ page }) => {
    const find = journalFind(page);
    await find.openFilters();

    await find.toggle('Pause');
    await expect(find.resultTitles).toHaveText(['Pause']);
    await find.toggle('Pause');

    await find.toggle('Unpleasant, lots of energy');
    await expect(find.resultTitles).toHaveText(['Reset before responding']);
    await find.toggle('Unpleasant, lots of energy');

    await find.toggle('#work');
    await expect(find.resultTitles).toHaveText(['Evening', 'Reset before responding']);
    await find.toggle('#work');

    await find.value.focus();
    await find.value.selectOption('Honesty');
    await expect(find.resultTitles).toHaveText(['Kitchen', 'Evening']);
    await find.value.selectOption('');

    await find.from.fill('2026-11-12');
    await find.to.fill('2026-11-14');
    await expect(find.resultTitles).toHaveText(['Reset before responding', 'Pause']);
  });

  test('filters combine with each other and with words', async ({ page }) => {
    const find = journalFind(page);
    await find.openFilters();
    await find.toggle('#work');
    await find.toggle('Free');
    await expect(find.resultTitles).toHaveText(['Evening']);

    await find.toggle('Free');
    await find.from.fill('2026-11-15');
    await expect(find.resultTitles).toHaveText(['Evening']);
    await find.search('loud');
    await expect(find.resultTitles).toHaveText(['Evening']);
  });

  test('Esc and Clear go back to the timeline', async ({ page }) => {
    const find = journalFind(page);
    const view = journal(page);
    await find.search('kettle');
    await expect(find.resultTitles).toHaveText(['Kitchen']);
    await expect(view.list).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(find.input).toHaveValue('');
    await expect(find.input).toBeFocused();
    await expect(view.entries).toHaveCount(5);

    await find.openFilters();
    await find.toggle('Reset');
    await expect(find.resultTitles).toHaveText(['Reset before responding']);
    await find.clear.focus();
    await page.keyboard.press('Enter');
    await expect(find.results).toHaveCount(0);
    await expect(view.entries).toHaveCount(5);
    await expect(find.choice('Reset')).not.toBeChecked();
  });
});

test('tags added in the editor survive a reload and can be filtered by', async ({ page, presence }) => {
  await presence.open();
  const view = journal(page);
  await view.write('Other', 'Not this one.');

  await view.newEntryTitle.focus();
  await page.keyboard.type('Tagged');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Said no, kindly.');
  await page.keyboard.press('Tab');
  const tags = view.newEntry.getByLabel('Tags (optional)');
  await expect(tags).toBeFocused();
  await page.keyboard.type('#Boundaries, work');
  await page.keyboard.press('Enter');
  await page.keyboard.type('oops');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace'); // the empty field: takes "work" off again
  await page.keyboard.type('two words');
  await page.keyboard.press('Enter');
  await expect(view.newEntry.getByText('A tag is lower-case letters, digits, - or _, with no spaces.')).toBeVisible();
  await expect(tags).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.type('honesty');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+Enter');

  const saved = view.entry('Tagged');
  await expect(saved).toBeFocused();
  await expect(saved.getByRole('list', { name: 'Tags' })).toHaveText('#boundaries');
  await page.reload();
  await expect(view.entry('Tagged').getByRole('list', { name: 'Tags' })).toHaveText('#boundaries');
  await expect(view.entry('Tagged').getByRole('list', { name: 'Values' })).toHaveText('Honesty');

  const find = journalFind(page);
  await find.openFilters();
  await find.toggle('#boundaries');
  await expect(find.resultTitles).toHaveText(['Tagged']);
});
