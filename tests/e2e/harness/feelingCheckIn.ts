import { expect, type Locator, type Page } from '@playwright/test';

/** Role and label locators for the feeling check-in, shared by Quick Pause and Reset. */
export function feelingCheckIn(page: Page, scope: Locator | Page = page) {
  return {
    pleasantness: scope.getByRole('slider', { name: 'Pleasantness' }),
    energy: scope.getByRole('slider', { name: 'Energy' }),
    words: scope.getByRole('group', { name: /A word for it/ }),
    word: (word: string): Locator => scope.getByRole('radio', { name: word, exact: true }),
    showAll: scope.getByRole('button', { name: 'Show all words' }),

    /** From the focused pleasantness slider: arrow keys on both axes, then Space and arrows in the words. */
    async placeByKeyboard(pleasantness: number, energy: number): Promise<void> {
      await expect(this.pleasantness).toBeFocused();
      for (let step = 0; step < Math.abs(pleasantness); step += 1) await page.keyboard.press(pleasantness >= 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.keyboard.press('Tab');
      await expect(this.energy).toBeFocused();
      for (let step = 0; step < Math.abs(energy); step += 1) await page.keyboard.press(energy >= 0 ? 'ArrowUp' : 'ArrowDown');
      await expect(this.pleasantness).toHaveValue(String(pleasantness));
      await expect(this.energy).toHaveValue(String(energy));
    },
  };
}
