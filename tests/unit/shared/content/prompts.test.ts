import { describe, expect, it } from 'vitest';
import { promptById, prompts, promptsFor } from '../../../../shared/content/prompts';
import { maxPausePromptLength, promptSurfaces, promptThemes } from '../../../../shared/content/promptThemes';

const minimumPerSurface = { pause: 6, daily: 4, journal: 4 } as const;

function opener(text: string): string {
  return text.toLowerCase().split(/\s+/).slice(0, 2).join(' ');
}

describe('the prompt catalogue', () => {
  it('has at least 126 prompts and, for every theme, 6 pause, 4 daily and 4 journal prompts', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(126);
    for (const theme of promptThemes) {
      for (const surface of promptSurfaces) {
        expect(promptsFor(surface, theme).length, `${theme}/${surface}`).toBeGreaterThanOrEqual(
          minimumPerSurface[surface],
        );
      }
    }
  });

  it('keeps every pause prompt to one line that fits a notification', () => {
    for (const prompt of promptsFor('pause')) {
      expect(prompt.text.length, prompt.id).toBeLessThanOrEqual(maxPausePromptLength);
      expect(prompt.text, prompt.id).not.toMatch(/\n/);
    }
  });

  it('gives every prompt a unique, readable id that matches its theme and surface', () => {
    const ids = prompts.map((prompt) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const prompt of prompts) {
      expect(prompt.id).toMatch(/^[a-z]+(-[a-z]+)*\.(pause|daily|journal)\.[1-9][0-9]*$/);
      expect(prompt.id.startsWith(`${prompt.theme}.${prompt.surface}.`), prompt.id).toBe(true);
      expect(promptThemes).toContain(prompt.theme);
      expect(promptById(prompt.id)).toBe(prompt);
    }
    expect(promptById('boundaries.pause.3')?.theme).toBe('boundaries');
    expect(promptById('boundaries.pause.999')).toBeUndefined();
  });

  it('never says the same thing twice', () => {
    const texts = prompts.map((prompt) => prompt.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('never lectures or shouts: no "should", no exclamation marks', () => {
    for (const prompt of prompts) {
      expect(prompt.text, prompt.id).not.toMatch(/should/i);
      expect(prompt.text, prompt.id).not.toContain('!');
      expect(prompt.text, prompt.id).not.toMatch(/\bmust\b/i);
    }
  });

  it('is tidy: trimmed, capitalised, single-spaced, typographic quotes, ending as a sentence or a question', () => {
    for (const prompt of prompts) {
      expect(prompt.text, prompt.id).toBe(prompt.text.trim());
      expect(prompt.text, prompt.id).toMatch(/^[A-Z]/);
      expect(prompt.text, prompt.id).not.toMatch(/ {2}/);
      expect(prompt.text, prompt.id).toMatch(/[.?]”?$/);
      // Typographic apostrophes and quotes, as in the rest of the interface.
      expect(prompt.text, prompt.id).not.toMatch(/['"]/);
    }
  });

  it('varies its sentence shapes: no two prompts of a theme and surface open alike, no opener overused', () => {
    for (const theme of promptThemes) {
      for (const surface of promptSurfaces) {
        const openers = promptsFor(surface, theme).map((prompt) => opener(prompt.text));
        expect(new Set(openers).size, `${theme}/${surface}: ${openers.join(' | ')}`).toBe(openers.length);
      }
    }
    const counts = new Map<string, number>();
    for (const prompt of prompts) counts.set(opener(prompt.text), (counts.get(opener(prompt.text)) ?? 0) + 1);
    const overused = [...counts].filter(([, count]) => count > 6);
    expect(overused).toEqual([]);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(prompts)).toBe(true);
    expect(Object.isFrozen(prompts[0])).toBe(true);
  });

  it('filters by surface and theme, in catalogue order', () => {
    const daily = promptsFor('daily');
    expect(daily.every((prompt) => prompt.surface === 'daily')).toBe(true);
    expect(daily.length).toBe(prompts.filter((prompt) => prompt.surface === 'daily').length);
    const boundaries = promptsFor('pause', 'boundaries');
    expect(boundaries.map((prompt) => prompt.id).slice(0, 3)).toEqual([
      'boundaries.pause.1',
      'boundaries.pause.2',
      'boundaries.pause.3',
    ]);
  });
});
