import { journal } from './harness/journalPage';
import { entryAt, manyEntries, writeJournalMonths } from './harness/journalFiles';
import { expect, test } from './harness/presenceTest';

/** Local noon `daysAgo` days before today, by the calendar. */
function localNoon(daysAgo: number): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, 12);
}

test.describe('the timeline', () => {
  test('groups entries under a heading per local day, newest first', async ({ page, presence }) => {
    const older = localNoon(9);
    await writeJournalMonths(presence.dataDir, [
      entryAt(new Date(localNoon(0).getTime() - 60_000), 'This morning'),
      entryAt(localNoon(0), 'This noon'),
      entryAt(localNoon(1), 'Yesterday noon'),
      entryAt(older, 'Nine days ago'),
    ]);
    await presence.backend.restart();
    await presence.open();
    const view = journal(page);

    const olderHeading = await page.evaluate(
      (iso) => new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso)),
      older.toISOString(),
    );
    await expect(view.list.getByRole('heading', { level: 2 })).toHaveText(['Today', 'Yesterday', olderHeading]);
    await expect(view.entryTitles).toHaveText(['This noon', 'This morning', 'Yesterday noon', 'Nine days ago']);
    // A day's heading comes before its entries, so the outline reads day > entry.
    const outline = await view.list.getByRole('heading').allTextContents();
    expect(outline).toEqual(['Today', 'This noon', 'This morning', 'Yesterday', 'Yesterday noon', olderHeading, 'Nine days ago']);
  });

  test('a new entry lands under Today', async ({ page, presence }) => {
    await writeJournalMonths(presence.dataDir, [entryAt(localNoon(3), 'Days ago')]);
    await presence.backend.restart();
    await presence.open();
    const view = journal(page);
    await view.write('Just now', 'Breathing out slowly.');
    await expect(view.list.getByRole('heading', { level: 2 }).first()).toHaveText('Today');
    await expect(view.entryTitles).toHaveText(['Just now', 'Days ago']);
  });

  test('with 5,000 entries only a few are in the page, and scrolling reaches the oldest', async ({ page, presence }) => {
    test.setTimeout(120_000);
    await writeJournalMonths(presence.dataDir, manyEntries(5000));
    await presence.backend.restart();
    await presence.open();
    const view = journal(page);
    await expect(view.entry('Entry 5000')).toBeVisible();
    expect(await view.entries.count()).toBeLessThan(100);

    const oldest = view.entry('Entry 1');
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          return oldest.count();
        },
        { timeout: 90_000, intervals: [50] },
      )
      .toBe(1);
    await oldest.scrollIntoViewIfNeeded();
    await expect(oldest).toBeInViewport();
    await expect(view.showOlder).toHaveCount(0);
    await expect(view.list.getByRole('listitem').last()).toHaveAttribute('aria-setsize', '5000');
    expect(await view.entries.count()).toBeLessThan(100);
  });

  test('scrolling through a thousand rows has no long tasks', async ({ page, presence }) => {
    test.setTimeout(120_000);
    await writeJournalMonths(presence.dataDir, manyEntries(5000));
    await presence.backend.restart();
    await presence.open();
    await expect(journal(page).entry('Entry 5000')).toBeVisible();

    const longest = await page.evaluate(async () => {
      const durations: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const task of list.getEntries()) durations.push(task.duration);
      });
      observer.observe({ type: 'longtask' });
      const deepestRow = () =>
        Math.max(0, ...[...document.querySelectorAll('[aria-posinset]')].map((row) => Number(row.getAttribute('aria-posinset'))));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const startedAt = performance.now();
      while (deepestRow() < 1000 && performance.now() - startedAt < 90_000) {
        window.scrollBy(0, 300);
        await frame();
      }
      await frame();
      observer.disconnect();
      return { reached: deepestRow(), longestTask: Math.max(0, ...durations), longTasks: durations.length };
    });
    console.log(`timeline scroll through ${longest.reached} rows: longest task ${Math.round(longest.longestTask)} ms, ${longest.longTasks} long tasks`);
    expect(longest.reached).toBeGreaterThanOrEqual(1000);
    expect(longest.longestTask).toBeLessThan(200);
  });

  test('Tab walks entry to entry past the rendered rows, and a focused row is never removed', async ({ page, presence }) => {
    await writeJournalMonths(presence.dataDir, manyEntries(40).map((entry) => ({ ...entry, text: 'Short.' })));
    await presence.backend.restart();
    await presence.open();
    const view = journal(page);
    await view.entry('Entry 40').getByRole('button', { name: 'Edit' }).focus();
    for (let number = 40; number > 10; number -= 1) {
      await expect(view.entry(`Entry ${number}`).getByRole('button', { name: 'Edit' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(view.entry(`Entry ${number}`).getByRole('button', { name: 'Delete' })).toBeFocused();
      await page.keyboard.press('Tab');
    }
    const focused = view.entry('Entry 10').getByRole('button', { name: 'Edit' });
    await expect(focused).toBeFocused();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(focused).toBeFocused();
  });

  test('after a delete far from where the page is scrolled, focus lands on the next entry, in view', async ({ page, presence }) => {
    await writeJournalMonths(presence.dataDir, manyEntries(40).map((entry) => ({ ...entry, text: 'Short.' })));
    await presence.backend.restart();
    await presence.open();
    const view = journal(page);
    const remove = view.entry('Entry 40').getByRole('button', { name: 'Delete' });
    await remove.focus();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await remove.press('Enter');
    await expect(view.entry('Entry 39')).toBeFocused();
    await expect(view.entry('Entry 39')).toBeInViewport();
  });
});
