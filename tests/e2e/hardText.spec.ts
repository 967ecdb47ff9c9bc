import type { Locator } from '@playwright/test';
import { maxEntryTextLength } from '../../shared/journal/entry';
import { journal } from './harness/journalPage';
import { callPresence } from './harness/pagePresence';
import { expect, test } from './harness/presenceTest';

const emoji = 'Family 👨‍👩‍👧‍👦, flags 🇮🇱 🇯🇵 🏴󠁧󠁢󠁳󠁣󠁴󠁿, a wave 👋🏽, a heart on fire ❤️‍🔥';
const hebrew = 'שלום, מה שלומך היום? אני מרגיש רגוע יותר אחרי הנשימה.';
const arabic = 'أشعر بالهدوء اليوم، وأتنفس ببطء قبل أن أجيب.';

/** True when nothing inside the element sticks out sideways. */
const fitsSideways = (element: Locator) => element.evaluate((node) => node.scrollWidth <= node.clientWidth + 1);

const direction = (element: Locator) => element.evaluate((node) => getComputedStyle(node).direction);

/** Paragraphs of ordinary prose, about `length` characters, ending with `ending`. */
function longText(length: number, ending: string): string {
  const paragraph = 'I noticed the light on the wall and the sound of the kettle, and for a moment I was simply here. ';
  const paragraphs: string[] = [];
  let size = ending.length;
  for (let index = 1; size < length; index += 1) {
    const next = `Part ${index}. ${paragraph.repeat(4).trim()}`;
    paragraphs.push(next);
    size += next.length + 2;
  }
  return [...paragraphs, ending].join('\n\n');
}

test.describe('hard text in the journal', () => {
  test('emoji and right-to-left writing are saved and shown exactly', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const text = [emoji, hebrew, arabic].join('\n\n');
    await view.newEntryTitle.fill('Hard text');
    await view.newEntryText.fill(text);
    await view.newEntryText.press('ControlOrMeta+Enter');
    await expect(view.newEntryText).toHaveValue('');

    const listed = await callPresence(page, 'listEntries', { limit: 10 });
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.entries[0]?.text).toBe(text);

    await page.reload();
    const body = view.entry('Hard text').locator('.entry-text');
    expect(await body.evaluate((node) => (node as HTMLElement).innerText)).toBe(text);

    const paragraphs = body.locator('p');
    await expect(paragraphs).toHaveText([emoji, hebrew, arabic]);
    expect(await direction(paragraphs.nth(0))).toBe('ltr');
    expect(await direction(paragraphs.nth(1))).toBe('rtl');
    expect(await direction(paragraphs.nth(2))).toBe('rtl');
  });

  test('a right-to-left list and quote read right to left, with their markers inside the entry', async ({ page, presence }) => {
    await presence.open();
    const created = await callPresence(page, 'createEntry', {
      title: 'Mixed',
      text: `An English line first.\n\n- ${hebrew}\n- ${arabic}\n\n> ${hebrew}\n\n1. ${arabic}\n\n2. ${hebrew}`,
    });
    expect(created.ok).toBe(true);
    await page.reload();

    const entry = journal(page).entry('Mixed');
    const items = entry.locator('ul > li');
    await expect(items).toHaveText([hebrew, arabic]);
    expect(await direction(items.nth(0))).toBe('rtl');
    // A loose list: each item is a paragraph, and the item follows it.
    expect(await direction(entry.locator('ol > li').first())).toBe('rtl');
    expect(await direction(entry.locator('blockquote'))).toBe('rtl');
    expect(await direction(entry.locator('p').first())).toBe('ltr');
    // The marker of a right-to-left item sits on the right, inside the card.
    const [itemBox, cardBox] = await Promise.all([items.nth(0).boundingBox(), entry.boundingBox()]);
    expect(itemBox && cardBox && itemBox.x + itemBox.width < cardBox.x + cardBox.width - 16).toBe(true);
    expect(await fitsSideways(entry)).toBe(true);
  });

  test('a 5,000-character unbroken line wraps inside the entry', async ({ page, presence }) => {
    await presence.open();
    const line = `${'a'.repeat(2_500)}${'🙂'.repeat(10)}${'b'.repeat(2_480)}`;
    const created = await callPresence(page, 'createEntry', { title: 'One long line', text: line });
    expect(created.ok).toBe(true);
    await page.reload();

    const entry = journal(page).entry('One long line');
    expect(await fitsSideways(entry)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await entry.getByRole('button', { name: 'Read the whole entry' }).click();
    await expect(entry.locator('.entry-text')).toHaveText(line);
    expect(await fitsSideways(entry)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('a wide code block scrolls inside the entry and can be reached with the keyboard', async ({ page, presence }) => {
    await presence.open();
    const wide = `const thought = "${'x'.repeat(400)}";`;
    const created = await callPresence(page, 'createEntry', {
      title: 'Code',
      text: `Short:\n\n\`\`\`\nok();\n\`\`\`\n\nWide:\n\n\`\`\`\n${wide}\n\`\`\``,
    });
    expect(created.ok).toBe(true);
    await page.reload();

    const entry = journal(page).entry('Code');
    const [short, long] = [entry.locator('pre').nth(0), entry.locator('pre').nth(1)];
    await expect(long).toHaveText(wide);
    await expect(long).toHaveAttribute('tabindex', '0');
    await expect(short).not.toHaveAttribute('tabindex');
    expect(await fitsSideways(entry)).toBe(true);
    expect(await fitsSideways(long)).toBe(false);

    await long.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => long.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
  });

  test('a 100 KB entry saves, shows its beginning, and all of it on request', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const ending = 'And that was the whole of it. 🌙';
    const text = longText(100_000, ending);
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    await view.newEntryTitle.fill('A long letter');
    await view.newEntryText.fill(text);
    await view.newEntryText.press('ControlOrMeta+Enter');
    await expect(view.newEntryText).toHaveValue('');

    await page.reload();
    const entry = view.entry('A long letter');
    const body = entry.locator('.entry-text');
    const toggle = entry.getByRole('button', { name: 'Read the whole entry' });
    await expect(body).toContainText('Part 1. I noticed the light');
    await expect(body).not.toContainText(ending);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect((await body.textContent())?.length).toBeLessThanOrEqual(1_500);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(body).toContainText(ending);
    expect(await body.evaluate((node) => (node as HTMLElement).innerText)).toBe(text);
    expect(await fitsSideways(entry)).toBe(true);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(body).not.toContainText(ending);
    await expect(toggle).toBeInViewport();
  });

  test('a list of 100 KB entries renders only their beginnings', async ({ page, presence }) => {
    await presence.open();
    for (let index = 1; index <= 10; index += 1) {
      const created = await callPresence(page, 'createEntry', { title: `Long ${index}`, text: longText(100_000, `End ${index}.`) });
      expect(created.ok).toBe(true);
    }
    // Tall enough that the virtualised timeline draws all ten: the point is what each row renders.
    await page.setViewportSize({ width: 1280, height: 12000 });
    await page.reload();

    const view = journal(page);
    await expect(view.entries).toHaveCount(10);
    const rendered = await view.list.evaluate((list) => list.textContent?.length ?? 0);
    expect(rendered).toBeLessThan(10 * 2_000);
    await expect(view.list.getByRole('button', { name: 'Read the whole entry' })).toHaveCount(10);
  });

  test('an entry over the limit is refused with a clear message, and every word stays in the editor', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const tooLong = `${longText(maxEntryTextLength - 10, '')}${'z'.repeat(200)}`.slice(0, maxEntryTextLength + 1);
    expect(tooLong.length).toBe(200_001);

    await view.newEntryText.fill(tooLong);
    await view.newEntryText.press('ControlOrMeta+Enter');

    await expect(view.newEntry.getByRole('alert')).toHaveText(
      'An entry can be at most 200,000 characters. Nothing was saved; try splitting it into two entries.',
    );
    await expect(view.newEntryText).toBeFocused();
    expect(await view.newEntryText.evaluate((node, typed) => (node as HTMLTextAreaElement).value === typed, tooLong)).toBe(true);
    await expect(view.emptyState).toBeVisible();
    const listed = await callPresence(page, 'listEntries', { limit: 10 });
    expect(listed).toEqual({ ok: true, value: { entries: [], nextCursor: null } });

    // One character fewer is within the limit: it saves whole, and the whole of it can be read.
    await view.newEntryText.press('ControlOrMeta+End');
    await view.newEntryText.press('Backspace');
    await view.newEntryText.press('ControlOrMeta+Enter');
    await expect(view.newEntryText).toHaveValue('');
    await expect(view.entries).toHaveCount(1);
    const saved = await callPresence(page, 'listEntries', { limit: 10 });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.entries[0]?.text).toBe(tooLong.slice(0, maxEntryTextLength));
  });
});
