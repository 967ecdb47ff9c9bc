import type { Page } from '@playwright/test';
import { journal } from './harness/journalPage';
import { callPresence } from './harness/pagePresence';
import { expect, test } from './harness/presenceTest';

/** Each attack, and what the entry must show instead: the words as typed, or something harmless. */
const attacks = [
  { title: 'Image', text: '<img src=x onerror="window.__pwned=1">', shows: '<img src=x onerror="window.__pwned=1">' },
  { title: 'Script', text: '<script>window.__pwned=1</script>', shows: '<script>window.__pwned=1</script>' },
  { title: 'Markdown link', text: '[click me](javascript:window.__pwned=1)', shows: 'click me' },
  { title: 'HTML link', text: '<a href="javascript:window.__pwned=1">x</a>', shows: '<a href="javascript:window.__pwned=1">x</a>' },
  { title: 'Remote image', text: '![x](https://example.com/x.png)', shows: '[image: x]' },
  { title: 'Frame', text: '<iframe src="https://example.com">', shows: '<iframe src="https://example.com">' },
  { title: 'Handler', text: 'a <b onclick="window.__pwned=1">bold</b> claim', shows: 'a <b onclick="window.__pwned=1">bold</b> claim' },
  { title: 'Autolink', text: '<javascript:window.__pwned=1>', shows: 'javascript:window.__pwned=1' },
] as const;

/** Anything that could run, load or navigate, anywhere in the journal's list of entries. */
const dangerous = 'img, script, iframe, object, embed, svg, form, [onclick], [onerror], [href^="javascript:" i], [src]';

function watchRequestsTo(page: Page, host: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname.endsWith(host)) seen.push(request.url());
  });
  return seen;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test.describe('safe rendering of journal text', () => {
  test('markup in entries is shown inert: nothing runs, links nowhere, or loads', async ({ page, presence }) => {
    const remote = watchRequestsTo(page, 'example.com');
    await presence.open();
    for (const { title, text } of attacks) {
      const created = await callPresence(page, 'createEntry', { title, text });
      expect(created.ok).toBe(true);
    }
    // Tall enough that the virtualised timeline draws every entry: each attack must be on the page to be checked.
    await page.setViewportSize({ width: 1280, height: 8000 });
    await page.reload();

    const view = journal(page);
    await expect(view.entries).toHaveCount(attacks.length);
    for (const { title, shows } of attacks) {
      await expect(view.entry(title).locator('.entry-text'), title).toHaveText(shows);
    }
    await expect(view.list.locator(dangerous)).toHaveCount(0);
    await expect(view.list.getByRole('link')).toHaveCount(0);

    const journalUrl = page.url();
    await view.entry('Markdown link').getByText('click me').click();
    await view.entry('HTML link').getByText('x</a>').click();
    await view.entry('Handler').getByText('bold').click();
    await view.entry('Autolink').getByText('javascript:').click();

    expect(page.url()).toBe(journalUrl);
    expect(await pwned(page)).toBeUndefined();
    expect(remote).toEqual([]);
  });

  test('markup written in the editor is inert right after saving and after a reload', async ({ page, presence }) => {
    const remote = watchRequestsTo(page, 'example.com');
    await presence.open();
    const view = journal(page);
    const text = attacks.map((attack) => attack.text).join('\n\n');
    await view.newEntryTitle.fill('Everything at once');
    await view.newEntryText.fill(text);
    await view.newEntryText.press('ControlOrMeta+Enter');

    const entry = view.entry('Everything at once');
    for (const { shows } of attacks) await expect(entry).toContainText(shows);
    await expect(entry.locator(dangerous)).toHaveCount(0);

    await page.reload();
    for (const { shows } of attacks) await expect(entry).toContainText(shows);
    await expect(entry.locator(dangerous)).toHaveCount(0);
    await expect(entry.getByRole('link')).toHaveCount(0);
    expect(await pwned(page)).toBeUndefined();
    expect(remote).toEqual([]);
  });

  test('pause reflections and reset answers are just as inert', async ({ page, presence }) => {
    const remote = watchRequestsTo(page, 'example.com');
    await presence.open();
    const plan = await callPresence(page, 'beginPause');
    if (!plan.ok) throw new Error(plan.error.message);
    const reflection = '<img src=x onerror="window.__pwned=1"> and ![x](https://example.com/x.png)';
    const finished = await callPresence(page, 'finishPause', {
      outcome: 'taken',
      save: { feeling: null, promptId: plan.value.prompt.id, reflection, shift: null },
    });
    expect(finished.ok).toBe(true);
    const reset = await callPresence(page, 'saveReset', {
      feeling: null,
      answers: { myFeeling: '<script>window.__pwned=1</script>', theirFeeling: '[click me](javascript:window.__pwned=1)', curiousReply: '' },
    });
    expect(reset.ok).toBe(true);
    await page.reload();

    const pause = journal(page).entry('Pause');
    await expect(pause.getByRole('definition').filter({ hasText: 'onerror' })).toHaveText(
      '<img src=x onerror="window.__pwned=1"> and [image: x]',
    );
    const resetEntry = journal(page).entry('Reset before responding');
    await expect(resetEntry.getByRole('definition')).toHaveText(['<script>window.__pwned=1</script>', 'click me']);
    await resetEntry.getByText('click me').click();

    await expect(journal(page).list.locator(dangerous)).toHaveCount(0);
    await expect(journal(page).list.getByRole('link')).toHaveCount(0);
    expect(await pwned(page)).toBeUndefined();
    expect(remote).toEqual([]);
  });

  test('the Markdown a person means is rendered', async ({ page, presence }) => {
    const remote = watchRequestsTo(page, 'example.com');
    await presence.open();
    const text = [
      '# A heading of my own',
      '**bold** and *italic*',
      '- one\n- two',
      '> a quote',
      'a line\nand the next',
      'See [a walk](https://example.com/walk) or [write](mailto:me@example.com).',
      '```\nconst x = 1;\n```',
    ].join('\n\n');
    const created = await callPresence(page, 'createEntry', { title: 'Formatted', text });
    expect(created.ok).toBe(true);
    await page.reload();

    const entry = journal(page).entry('Formatted');
    await expect(entry.locator('strong')).toHaveText('bold');
    await expect(entry.locator('em')).toHaveText('italic');
    await expect(entry.getByRole('listitem')).toHaveText(['one', 'two']);
    await expect(entry.locator('blockquote')).toHaveText('a quote');
    await expect(entry.locator('br')).toHaveCount(1);
    await expect(entry.locator('pre code')).toHaveText('const x = 1;');
    // The entry's own heading sits below its title, so the journal's outline stays the journal's.
    await expect(entry.getByRole('heading', { level: 4, name: 'A heading of my own' })).toBeVisible();
    await expect(journal(page).entryTitles).toHaveText(['Formatted']);

    const walk = entry.getByRole('link', { name: 'a walk' });
    await expect(walk).toHaveAttribute('href', 'https://example.com/walk');
    await expect(walk).toHaveAttribute('target', '_blank');
    await expect(walk).toHaveAttribute('rel', 'noreferrer noopener');
    // mailto is not a scheme the app opens, so it stays words rather than a dead link.
    await expect(entry.getByRole('link', { name: 'write' })).toHaveCount(0);
    await expect(entry.getByText('write', { exact: false })).toBeVisible();
    expect(remote).toEqual([]);
  });
});
