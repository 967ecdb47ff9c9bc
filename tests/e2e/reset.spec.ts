import { quadrantLabels, quadrantOf, wordsNear } from '../../shared/content/emotions';
import { feelingCheckIn } from './harness/feelingCheckIn';
import { callPresence } from './harness/pagePresence';
import { expect, test } from './harness/presenceTest';
import { recordWindowClose } from './harness/windowClose';

const answers = {
  mine: 'Stung, and a bit ashamed. Hot face.',
  theirs: 'Maybe they are worried the deadline is slipping.',
  curious: 'Ask what worries them most about Friday.',
};

test.describe('Reset before responding', () => {
  test('is filled in and saved by keyboard alone, and the journal shows it', async ({ page, presence }) => {
    await presence.open('#/reset');
    const keyboard = page.keyboard;
    await expect(page.getByRole('heading', { level: 1, name: 'Reset before responding' })).toBeFocused();

    const feeling = feelingCheckIn(page);
    await keyboard.press('Tab');
    await feeling.placeByKeyboard(-3, 3);
    const [nearest] = wordsNear(-3, 3, 1);
    if (!nearest) throw new Error('The vocabulary is empty.');
    await keyboard.press('Tab');
    await expect(feeling.word(nearest.word)).toBeFocused();
    await keyboard.press('Space');
    await keyboard.press('Tab'); // Show all words

    for (const [label, text] of [
      ['What am I feeling?', answers.mine],
      ['What might they be feeling underneath?', answers.theirs],
      ['How could I answer with curiosity instead of defence?', answers.curious],
    ] as const) {
      await keyboard.press('Tab');
      const field = page.getByRole('textbox', { name: label });
      await expect(field).toBeFocused();
      await expect(field).not.toHaveAccessibleDescription('');
      await keyboard.type(text);
    }
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save to journal' })).toBeFocused();
    await keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'Saved to your journal' })).toBeFocused();
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Open journal' })).toBeFocused();
    await keyboard.press('Enter');
    await expect.poll(() => presence.backend.desktop.opened.map((opened) => opened.surface)).toContain('journal');

    await presence.open('#/journal');
    const entry = page.getByRole('article', { name: 'Reset before responding' });
    await expect(entry).toContainText(`${nearest.word} · ${quadrantLabels[quadrantOf(-3, 3)]}`);
    const parts = entry.getByRole('definition');
    await expect(entry.getByRole('term')).toHaveText([
      'Feeling',
      'What am I feeling?',
      'What might they be feeling underneath?',
      'How could I answer with curiosity instead of defence?',
    ]);
    await expect(parts).toHaveText([`${nearest.word} · ${quadrantLabels[quadrantOf(-3, 3)]}`, answers.mine, answers.theirs, answers.curious]);
    await expect(entry.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  });

  test('an empty reset is not saved, and says why', async ({ page, presence }) => {
    await presence.open('#/reset');
    await page.getByRole('button', { name: 'Save to journal' }).press('Enter');

    await expect(page.getByRole('alert')).toHaveText('Write at least one answer, or place your feeling, before saving.');
    await expect(page.getByRole('textbox', { name: 'What am I feeling?' })).toBeFocused();
    expect(await callPresence(page, 'listEntries', { limit: 10 })).toMatchObject({ ok: true, value: { entries: [] } });
  });

  test('Esc closes at once when nothing is written, and asks first when something is', async ({ page, presence }) => {
    const closeRequests = await recordWindowClose(page);
    await presence.open('#/reset');
    await page.keyboard.press('Escape');
    await expect.poll(closeRequests).toBe(1);

    await page.getByRole('textbox', { name: 'What am I feeling?' }).fill('Tight chest');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('status')).toHaveText(/Press Esc again to close/);
    expect(await closeRequests()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(closeRequests).toBe(2);
    expect(await callPresence(page, 'listEntries', { limit: 10 })).toMatchObject({ ok: true, value: { entries: [] } });
  });
});
