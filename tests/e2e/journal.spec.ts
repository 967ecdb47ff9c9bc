import { quadrantLabels, quadrantOf, wordsNear } from '../../shared/content/emotions';
import { journalTemplates } from '../../shared/content/journalTemplates';
import { feelingCheckIn } from './harness/feelingCheckIn';
import { callPresence } from './harness/pagePresence';
import { journal } from './harness/journalPage';
import { rendererBuildDir } from './harness/rendererBuild';
import { startRendererServer } from './harness/rendererServer';
import { expect, test } from './harness/presenceTest';

test.describe('the journal', () => {
  test('starts empty with a gentle word', async ({ page, presence }) => {
    await presence.open();
    await expect(journal(page).emptyState).toHaveText('Nothing here yet. Whatever you notice today is worth a line.');
    await expect(page).toHaveTitle('Journal · Presence');
  });

  test('an unknown route shows the journal', async ({ page, presence }) => {
    await presence.open('#/somewhere-else');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  });

  test('a written entry is still there after a reload', async ({ page, presence }) => {
    await presence.open();
    const saved = await journal(page).write('Morning', 'The kettle, the light on the wall.\nA slow breath.');
    await expect(saved.getByRole('heading', { name: 'Morning' })).toBeVisible();

    await page.reload();
    const entry = journal(page).entry('Morning');
    await expect(entry).toContainText('The kettle, the light on the wall.');
    await expect(entry).toContainText('A slow breath.');
    await expect(journal(page).entries).toHaveCount(1);
  });

  test('a feeling checked in by keyboard is saved with the entry and shown after a reload', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const keyboard = page.keyboard;
    await view.newEntryTitle.focus();
    await keyboard.type('Walk home');
    await keyboard.press('Enter');
    await keyboard.type('The long way, by the river.');

    await keyboard.press('Tab'); // Tags
    await keyboard.press('Tab'); // Values
    await keyboard.press('Tab');
    const disclosure = view.newEntry.getByRole('button', { name: /How are you feeling\?/ });
    await expect(disclosure).toBeFocused();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await keyboard.press('Enter');
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');

    const feeling = feelingCheckIn(page, view.newEntry);
    await keyboard.press('Tab');
    await feeling.placeByKeyboard(2, -3);
    const [nearest] = wordsNear(2, -3, 6);
    if (!nearest) throw new Error('The vocabulary has no words.');
    await keyboard.press('Tab');
    await expect(feeling.word(nearest.word)).toBeFocused();
    await keyboard.press('Space');
    await expect(feeling.word(nearest.word)).toBeChecked();
    await keyboard.press('ControlOrMeta+Enter');

    const shown = `${nearest.word} · ${quadrantLabels[quadrantOf(2, -3)]}`;
    const saved = view.entry('Walk home');
    await expect(saved).toBeFocused();
    await expect(saved).toContainText(shown);
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');

    await page.reload();
    await expect(view.entry('Walk home')).toContainText(shown);
    await expect(view.entry('Walk home')).toContainText('The long way, by the river.');
  });

  test('a guided entry, chosen and answered by keyboard, is saved as headed sections', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const keyboard = page.keyboard;
    const guide = view.newEntry.getByRole('combobox', { name: 'Write with a guide' });
    await guide.focus();
    await keyboard.press('ArrowDown');
    await expect(guide).toHaveValue('boundaries');

    const first = view.newEntry.getByRole('textbox', { name: 'Where did I say yes lately when I meant no?' });
    const second = view.newEntry.getByRole('textbox', { name: 'What would honouring my limit look like there?' });
    await expect(first).toHaveAccessibleDescription(/^A small one is enough: a favour, a meeting, a late-night reply\./);
    await keyboard.press('Tab');
    await expect(view.newEntryTitle).toBeFocused();
    await keyboard.press('Tab');
    await expect(first).toBeFocused();
    await keyboard.press('ControlOrMeta+Enter');
    await expect(view.newEntry).toContainText('Answer at least one of the questions before saving.');
    await expect(first).toBeFocused();
    await keyboard.type('The Friday call.');
    await keyboard.press('Tab');
    await expect(second).toBeFocused();
    await keyboard.type('Saying I can join next week instead.');
    await keyboard.press('ControlOrMeta+Enter');

    const saved = view.entry('Boundaries');
    await expect(saved).toBeFocused();
    await expect(guide).toHaveValue('');
    await page.reload();
    const entry = view.entry('Boundaries');
    await expect(entry.getByRole('heading', { name: 'Where did I say yes lately when I meant no?' })).toBeVisible();
    await expect(entry.getByRole('heading', { name: 'What would honouring my limit look like there?' })).toBeVisible();
    await expect(entry).toContainText('The Friday call.');
    await expect(entry).toContainText('Saying I can join next week instead.');
    await expect(entry.getByRole('heading', { name: 'What makes it hard to say so?' })).toHaveCount(0);
  });

  test('an entry written from a journal question, chosen by keyboard, shows the question after a reload', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const keyboard = page.keyboard;
    const guide = view.newEntry.getByRole('combobox', { name: 'Write with a guide' });
    await guide.focus();
    for (let i = 0; i <= journalTemplates.length; i += 1) await keyboard.press('ArrowDown');
    await expect(guide).toHaveValue('journal-question');

    const question = view.newEntry.locator('.journal-question label');
    await expect(question).not.toHaveText('Finding a question…');
    const questionText = (await question.textContent()) ?? '';
    expect(questionText.length).toBeGreaterThan(0);
    const answer = view.newEntry.getByRole('textbox', { name: questionText, exact: true });
    await expect(view.newEntry.getByRole('button', { name: 'Another question' })).toBeVisible();

    await keyboard.press('Tab');
    await expect(view.newEntryTitle).toBeFocused();
    await keyboard.type('From a question');
    await keyboard.press('Enter');
    await expect(answer).toBeFocused();
    await keyboard.type('Something I noticed today.');
    await keyboard.press('ControlOrMeta+Enter');

    await expect(view.entry('From a question')).toBeFocused();
    await page.reload();
    const entry = view.entry('From a question');
    await expect(entry).toContainText(questionText);
    await expect(entry).toContainText('Something I noticed today.');
  });

  test('a written entry survives a restart of the backend', async ({ page, presence }) => {
    await presence.open();
    await journal(page).write('Before the restart', 'Still here?');

    await presence.restart();
    await expect(journal(page).entry('Before the restart')).toContainText('Still here?');
  });

  test('lists entries newest first, also after a reload', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    for (const title of ['First', 'Second', 'Third']) await view.write(title, `The ${title.toLowerCase()} thought.`);
    await expect(view.entryTitles).toHaveText(['Third', 'Second', 'First']);

    await page.reload();
    await expect(view.entryTitles).toHaveText(['Third', 'Second', 'First']);
  });

  test('an entry without a title is headed by when it was written', async ({ page, presence }) => {
    await presence.open();
    await journal(page).write('', 'Just this.');
    const heading = journal(page).entryTitles.first();
    await expect(heading.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  });

  test('edits with the keyboard, and the change survives a reload', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const entry = await view.write('Lunch', 'Ate at my desk again.');

    await page.keyboard.press('Tab');
    const editButton = entry.getByRole('button', { name: 'Edit' });
    await expect(editButton).toBeFocused();
    await page.keyboard.press('Enter');
    const text = entry.getByRole('form', { name: 'Edit entry' }).getByLabel('Entry');
    await expect(text).toBeFocused();
    await expect(text).toHaveValue('Ate at my desk again.');
    await page.keyboard.type(' Tomorrow, outside.');
    await page.keyboard.press('ControlOrMeta+Enter');

    await expect(entry).toBeFocused();
    await expect(entry).toContainText('Ate at my desk again. Tomorrow, outside.');
    await expect(entry).toContainText('edited');

    await page.reload();
    await expect(view.entry('Lunch')).toContainText('Ate at my desk again. Tomorrow, outside.');
  });

  test('Esc leaves an edit without saving and returns focus to Edit', async ({ page, presence }) => {
    await presence.open();
    const entry = await journal(page).write('Evening', 'Tired, and that is fine.');
    const editButton = entry.getByRole('button', { name: 'Edit' });

    await editButton.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type(' Something I did not mean.');
    await page.keyboard.press('Escape');

    await expect(editButton).toBeFocused();
    await expect(entry.getByRole('form')).toHaveCount(0);
    await expect(entry).not.toContainText('Something I did not mean.');
  });

  test('Delete moves an entry to the trash at once, with focus on the next entry', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    await view.write('Keep me', 'This one stays.');
    const doomed = await view.write('Let go', 'This one goes.');

    // Deleting can be undone (see trash.spec.ts), so there is no "are you sure?" step.
    await doomed.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');

    await expect(view.entry('Let go')).toHaveCount(0);
    await expect(view.entry('Keep me')).toBeFocused();
    await expect(view.toast).toContainText('Moved to the trash.');
    await page.reload();
    await expect(view.entryTitles).toHaveText(['Keep me']);
  });

  test('after deleting the last entry, focus returns to the writing field', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    const only = await view.write('Only one', 'Alone here.');

    await only.getByRole('button', { name: 'Delete' }).click();

    await expect(view.emptyState).toBeVisible();
    await expect(view.newEntryText).toBeFocused();
  });

  test('says in plain words why an empty entry was not saved', async ({ page, presence }) => {
    await presence.open();
    const view = journal(page);
    await view.newEntryText.fill('   ');
    await view.newEntryText.press('ControlOrMeta+Enter');

    await expect(view.newEntry.getByRole('alert')).toHaveText('An entry needs some words before it can be saved.');
    await expect(view.newEntryText).toBeFocused();
    await expect(view.emptyState).toBeVisible();
  });

  test('shows older entries a page at a time', async ({ page, presence }) => {
    await presence.open();
    for (let index = 1; index <= 53; index += 1) {
      const created = await callPresence(page, 'createEntry', { title: `Note ${index}`, text: `Line ${index}` });
      expect(created.ok).toBe(true);
    }
    const everything = await callPresence(page, 'listEntries', { limit: 500 });
    if (!everything.ok) throw new Error(everything.error.message);
    const expectedTitles = everything.value.entries.map((entry) => entry.title);

    await page.reload();
    const view = journal(page);
    await expect(view.entryTitles.first()).toHaveText(expectedTitles[0] ?? '');
    // The timeline keeps only the rows near the viewport in the page (see timeline.spec.ts).
    expect(await view.entries.count()).toBeLessThan(50);
    // While the button has focus nothing loads by itself: it is the keyboard's way on.
    await view.showOlder.focus();
    await page.keyboard.press('Enter');

    await expect(view.showOlder).toHaveCount(0);
    await expect(view.entry(expectedTitles[50] ?? '')).toBeFocused();
    await expect(view.list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', '53');
    await expect(view.list.getByRole('listitem').last()).toHaveAttribute('aria-setsize', '53');
    await expect(view.entryTitles.last()).toHaveText(expectedTitles[52] ?? '');
  });
});

test.describe('what the journal refuses', () => {
  test('a malformed request is refused with a clear message and stores nothing', async ({ page, presence }) => {
    await presence.open();

    const wrongType = await callPresence(page, 'createEntry', { text: 42 });
    expect(wrongType.ok).toBe(false);
    if (wrongType.ok) return;
    expect(wrongType.error.code).toBe('invalid_input');
    expect(wrongType.error.message).toContain('nothing changed');
    expect(wrongType.error.issues?.map((issue) => issue.path)).toEqual(['text']);

    const extraField = await callPresence(page, 'createEntry', { text: 'x', extra: true });
    expect(extraField.ok).toBe(false);
    if (extraField.ok) return;
    expect(extraField.error.code).toBe('invalid_input');
    expect(extraField.error.message).toContain('extra');

    const listed = await callPresence(page, 'listEntries', { limit: 50 });
    expect(listed).toEqual({ ok: true, value: { entries: [], nextCursor: null } });
    await page.reload();
    await expect(journal(page).emptyState).toBeVisible();
  });

  test('a page from another origin is refused, and the page says so', async ({ page, presence }) => {
    const foreign = await startRendererServer(rendererBuildDir);
    try {
      await page.goto(`${foreign.origin}/#/journal`);
      await expect(page.getByRole('alert').filter({ hasText: 'not allowed' }).first()).toBeVisible();

      const created = await callPresence(page, 'createEntry', { text: 'from elsewhere' });
      expect(created).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    } finally {
      await foreign.close();
    }

    const direct = await presence.backend.dispatch('presence:createEntry', 'https://example.com/', { text: 'sneaky' });
    expect(direct).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const noSender = await presence.backend.dispatch('presence:createEntry', undefined, { text: 'sneaky' });
    expect(noSender).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });

    await presence.open();
    await expect(journal(page).emptyState).toBeVisible();
    expect(presence.logLines.some((line) => line.includes('refused an IPC call'))).toBe(true);
  });

  test('about:blank cannot use the binding either', async ({ page, presence }) => {
    await page.goto('about:blank');
    const created = await callPresence(page, 'createEntry', { text: 'from a blank page' });
    expect(created).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });

    await presence.open();
    await expect(journal(page).emptyState).toBeVisible();
  });

  test('markup in an entry is shown as text and never runs', async ({ page, presence }) => {
    const markup = '<img src=x onerror="window.__pwned=1">\n<script>window.__pwned=1</script>';
    await presence.open();
    const view = journal(page);
    await view.newEntryTitle.fill('<b>not bold</b>');
    await view.newEntryText.fill(markup);
    await view.newEntryText.press('ControlOrMeta+Enter');

    const entry = view.entry('<b>not bold</b>');
    await expect(entry.locator('.entry-text')).toHaveText(markup);
    await page.reload();
    await expect(entry.locator('.entry-text')).toHaveText(markup);
    await expect(page.locator('main img, main script, main b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
