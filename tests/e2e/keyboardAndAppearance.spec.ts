import { journal } from './harness/journalPage';
import { expect, test } from './harness/presenceTest';

test('the keyboard reaches everything in reading order, with a visible focus ring', async ({ page, presence }) => {
  await presence.open();
  const view = journal(page);
  await view.write('Noticed', 'Jaw clenched.');
  await page.reload();
  const entry = view.entry('Noticed');

  const expectedOrder = [
    page.getByRole('link', { name: 'Journal' }),
    page.getByRole('link', { name: 'Settings' }),
    page.getByRole('search').getByLabel('Search your journal'),
    page.getByRole('search').getByRole('button', { name: 'Filters' }),
    view.newEntry.getByLabel('Write with a guide'),
    view.newEntryTitle,
    view.newEntryText,
    view.newEntry.getByLabel('Tags (optional)'),
    view.newEntry.getByLabel('Values this touches (optional)'),
    view.newEntry.getByRole('button', { name: /How are you feeling\?/ }),
    view.newEntry.getByRole('button', { name: 'Save entry' }),
    view.trashLink,
    entry.getByRole('button', { name: 'Edit' }),
    entry.getByRole('button', { name: 'Delete' }),
  ];
  for (const target of expectedOrder) {
    await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await expect(target).toHaveCSS('outline-style', 'solid');
  }
});

test('Enter in the title moves on to the text instead of saving', async ({ page, presence }) => {
  await presence.open();
  const view = journal(page);
  await view.newEntryTitle.fill('Half a thought');
  await view.newEntryTitle.press('Enter');

  await expect(view.newEntryText).toBeFocused();
  await expect(view.newEntry.getByRole('alert')).toHaveText('');
  await expect(view.emptyState).toBeVisible();
});

test('respects reduced motion', async ({ page, presence }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await presence.open();
  const entry = await journal(page).write('Still', 'No movement needed.');
  await expect(entry).toHaveCSS('animation-name', 'none');
  await expect(entry.getByRole('button', { name: 'Edit' })).toHaveCSS('transition-duration', '0s');
});

test('follows the system colour scheme', async ({ page, presence }) => {
  await presence.open();
  const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  expect(lightBackground).toBe('rgb(246, 243, 238)');
  expect(darkBackground).toBe('rgb(27, 26, 24)');
});
