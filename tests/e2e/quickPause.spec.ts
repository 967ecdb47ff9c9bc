import { quadrantLabels, quadrantOf, wordsNear } from '../../shared/content/emotions';
import { smallShifts } from '../../shared/content/smallShifts';
import { feelingCheckIn } from './harness/feelingCheckIn';
import { callPresence } from './harness/pagePresence';
import { readPauseLog } from './harness/pauseLog';
import { expect, test } from './harness/presenceTest';
import { recordWindowClose } from './harness/windowClose';

const stepHeading = (name: RegExp) => ({ level: 1, name }) as const;

test.describe('Quick Pause', () => {
  test('can be walked through and saved by keyboard alone, and the journal shows it', async ({ page, presence }) => {
    await presence.open('#/quick-pause');
    const keyboard = page.keyboard;

    // 1. Breathe: the heading has focus; Skip moves on.
    await expect(page.getByRole('heading', stepHeading(/Step 1 of 4.*Breathe/))).toBeFocused();
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip' })).toBeFocused();
    await keyboard.press('Enter');

    // 2. Feeling: both sliders by arrow keys, a word by Space and an arrow key.
    await expect(page.getByRole('heading', stepHeading(/Step 2 of 4.*What am I feeling\?/))).toBeFocused();
    const feeling = feelingCheckIn(page);
    await keyboard.press('Tab');
    await feeling.placeByKeyboard(3, 2);
    await expect(feeling.pleasantness).toHaveAttribute('aria-valuetext', 'pleasant');
    await expect(feeling.energy).toHaveAttribute('aria-valuetext', 'high energy');
    const [nearest, next] = wordsNear(3, 2, 6);
    if (!nearest || !next) throw new Error('The vocabulary has fewer than two words.');
    await keyboard.press('Tab');
    await expect(feeling.word(nearest.word)).toBeFocused();
    await keyboard.press('Space');
    await keyboard.press('ArrowRight');
    await expect(feeling.word(next.word)).toBeChecked();
    await keyboard.press('Tab'); // Show all words
    await keyboard.press('Tab'); // Back
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await keyboard.press('Enter');

    // 3. Reflect: the prompt describes the text field.
    await expect(page.getByRole('heading', stepHeading(/Step 3 of 4.*Reflect/))).toBeFocused();
    const reflection = page.getByRole('textbox', { name: 'A few words, if you like (optional)' });
    const promptText = (await page.locator('.pause-prompt').textContent()) ?? '';
    expect(promptText.length).toBeGreaterThan(0);
    await expect(reflection).toHaveAccessibleDescription(promptText);
    await keyboard.press('Tab');
    await expect(reflection).toBeFocused();
    await keyboard.type('Jaw tight. Let it go a little.');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await keyboard.press('Enter');

    // 4. Shift: a different one comes from the project's own list; then save.
    await expect(page.getByRole('heading', stepHeading(/Step 4 of 4.*One small shift/))).toBeFocused();
    const shift = page.locator('.pause-shift');
    const firstShift = await shift.textContent();
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show a different one' })).toBeFocused();
    await keyboard.press('Enter');
    await expect(shift).not.toHaveText(firstShift ?? '');
    const chosenShift = (await shift.textContent()) ?? '';
    expect(smallShifts.map((candidate) => candidate.text)).toContain(chosenShift);
    await keyboard.press('Tab'); // Back
    await keyboard.press('Tab'); // Close
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save to journal' })).toBeFocused();
    await keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Saved to your journal' })).toBeFocused();
    expect((await readPauseLog(presence.dataDir)).map((event) => event.outcome)).toEqual(['taken']);

    await presence.open('#/journal');
    const entry = page.getByRole('article', { name: 'Pause' });
    await expect(entry).toContainText(`${next.word} · ${quadrantLabels[quadrantOf(3, 2)]}`);
    await expect(entry).toContainText(promptText);
    await expect(entry).toContainText('Jaw tight. Let it go a little.');
    await expect(entry).toContainText(chosenShift);
    await expect(entry.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await expect(entry.getByRole('button', { name: 'Delete' })).toBeVisible();
  });

  test('Esc on the first step records the pause as closed and saves nothing', async ({ page, presence }) => {
    const closeRequests = await recordWindowClose(page);
    await presence.open('#/quick-pause');
    await expect(page.getByRole('heading', stepHeading(/Breathe/))).toBeFocused();

    await page.keyboard.press('Escape');
    await expect.poll(closeRequests).toBe(1);
    expect((await readPauseLog(presence.dataDir)).map((event) => event.outcome)).toEqual(['closed']);
    expect(await callPresence(page, 'listEntries', { limit: 10 })).toEqual({ ok: true, value: { entries: [], nextCursor: null } });
  });

  test('Esc on a later step records the pause as taken, still without saving', async ({ page, presence }) => {
    const closeRequests = await recordWindowClose(page);
    await presence.open('#/quick-pause');
    await page.getByRole('button', { name: 'Skip' }).press('Enter');
    await expect(page.getByRole('heading', stepHeading(/What am I feeling/))).toBeFocused();

    await page.keyboard.press('Escape');
    await expect.poll(closeRequests).toBe(1);
    expect((await readPauseLog(presence.dataDir)).map((event) => event.outcome)).toEqual(['taken']);
    expect(await callPresence(page, 'listEntries', { limit: 10 })).toMatchObject({ ok: true, value: { entries: [] } });
  });

  test('Esc with unsaved words asks once before closing', async ({ page, presence }) => {
    const closeRequests = await recordWindowClose(page);
    await presence.open('#/quick-pause');
    await page.getByRole('button', { name: 'Skip' }).press('Enter');
    await page.getByRole('button', { name: 'Continue' }).press('Enter');
    await page.getByRole('textbox').fill('Half a thought');

    await page.keyboard.press('Escape');
    await expect(page.getByRole('status')).toHaveText(/Press Esc again to close/);
    expect(await closeRequests()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(closeRequests).toBe(1);
  });

  test('the breath circle moves, in step with the words', async ({ page, presence }) => {
    await presence.open('#/quick-pause');
    await expect(page.locator('.breath-guide')).toHaveText('Breathe in through your nose');
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
  });

  test('with reduced motion there is a text countdown and nothing animates', async ({ page, presence }) => {
    await page.clock.install();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await presence.open('#/quick-pause');
    const guide = page.locator('.breath-guide');
    await expect(guide).toHaveText('Breathe in through your nose · 5');
    await page.clock.runFor(1_000);
    await expect(guide).toHaveText('Breathe in through your nose · 4');
    await expect(page.locator('.breath-circle')).toHaveCount(0);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.clock.runFor(4_000);
    await expect(guide).toHaveText('Breathe out slowly · 5');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test('follows the breath pattern and length chosen in Settings', async ({ page, presence }) => {
    await page.clock.install();
    await presence.open('#/settings');
    expect(await callPresence(page, 'updateSettings', { breathPattern: 'cyclic-sigh', breathSeconds: 20 })).toMatchObject({ ok: true });
    await presence.open('#/quick-pause');
    await expect(page.locator('.step-intro')).toHaveText('Cyclic sighing for 20 seconds. Follow the circle.');
    const guide = page.locator('.breath-guide');
    await expect(guide).toHaveText('Breathe in through your nose');
    await page.clock.runFor(2_000);
    await expect(guide).toHaveText('Take in a little more');
    await page.clock.runFor(1_000);
    await expect(guide).toHaveText('Breathe out slowly through your mouth');
    await page.clock.runFor(17_000);
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  });

  test('Esc after the whole breath on the first step counts the pause as taken', async ({ page, presence }) => {
    const closeRequests = await recordWindowClose(page);
    await page.clock.install();
    await presence.open('#/quick-pause');
    await page.clock.runFor(61_000);
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(page.locator('.breath-guide')).toHaveText('That’s the breath. Carry on when you’re ready.');

    await page.keyboard.press('Escape');
    await expect.poll(closeRequests).toBe(1);
    expect((await readPauseLog(presence.dataDir)).map((event) => event.outcome)).toEqual(['taken']);
  });
});
