import { seededRandom } from '../../../helpers/seededRandom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickPrompt, recentPromptWindow, rememberShown } from '../../../../shared/content/promptRotation';
import { promptById, promptsFor } from '../../../../shared/content/prompts';
import type { Prompt } from '../../../../shared/content/prompts';
import { promptSurfaces, promptThemes } from '../../../../shared/content/promptThemes';

const seeded = seededRandom;

const always = (value: number) => () => value;
const unitInterval = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const pauseIds = promptsFor('pause').map((prompt) => prompt.id);

function themeOf(id: string) {
  return promptById(id)?.theme;
}

describe('pickPrompt', () => {
  it('picks a prompt of the requested surface', () => {
    for (const surface of promptSurfaces) {
      expect(pickPrompt({ surface, recentIds: [], random: always(0.5) }).surface).toBe(surface);
    }
  });

  it('never returns one of the last 10 shown while others exist', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(pauseIds, { minLength: 0, maxLength: 40 }), unitInterval, (recentIds, r) => {
        const picked = pickPrompt({ surface: 'pause', recentIds, random: always(r) });
        expect(recentIds.slice(-recentPromptWindow)).not.toContain(picked.id);
      }),
    );
  });

  it('prefers a theme other than that of the most recent prompt', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(pauseIds, { minLength: 1, maxLength: 10 }), unitInterval, (recentIds, r) => {
        const picked = pickPrompt({ surface: 'pause', recentIds, random: always(r) });
        expect(picked.theme).not.toBe(themeOf(recentIds.at(-1) as string));
      }),
    );
  });

  it('looks past ids that are not prompts to find the most recent theme', () => {
    const recentIds = ['feelings.daily.1', 'a-retired-prompt', 'shift.3'];
    for (let i = 0; i < 50; i += 1) {
      expect(pickPrompt({ surface: 'daily', recentIds, random: always(i / 50) }).theme).not.toBe('feelings');
    }
  });

  it('falls back to the same theme when no other theme has a fresh prompt', () => {
    const pool = promptsFor('pause').filter((prompt) => prompt.theme === 'patience' || prompt.theme === 'presence');
    const recentIds = [...pool.filter((prompt) => prompt.theme === 'presence').map((prompt) => prompt.id), 'patience.pause.1'];
    const picked = pickPrompt({ surface: 'pause', recentIds, random: always(0), pool });
    expect(picked.theme).toBe('patience');
    expect(picked.id).not.toBe('patience.pause.1');
  });

  it('is deterministic for a given random, and every eligible prompt is reachable (uniform choice)', () => {
    const recentIds = ['boundaries.pause.1'];
    const eligible = promptsFor('pause').filter((prompt) => prompt.theme !== 'boundaries');
    const picks = eligible.map((_, i) =>
      pickPrompt({ surface: 'pause', recentIds, random: always((i + 0.5) / eligible.length) }),
    );
    expect(picks.map((prompt) => prompt.id)).toEqual(eligible.map((prompt) => prompt.id));
    expect(pickPrompt({ surface: 'pause', recentIds, random: seeded(7) })).toBe(
      pickPrompt({ surface: 'pause', recentIds, random: seeded(7) }),
    );
  });

  it('survives a random source that returns 1, a negative number or NaN', () => {
    for (const value of [1, -0.5, Number.NaN, 42]) {
      expect(pickPrompt({ surface: 'journal', recentIds: [], random: always(value) }).surface).toBe('journal');
    }
  });

  it('brings back the least recently shown prompt when every one is recent, without throwing', () => {
    const pool: Prompt[] = [
      { id: 'presence.pause.1', theme: 'presence', surface: 'pause', text: 'One.' },
      { id: 'feelings.pause.1', theme: 'feelings', surface: 'pause', text: 'Two.' },
      { id: 'patience.pause.1', theme: 'patience', surface: 'pause', text: 'Three.' },
    ];
    const recentIds = ['feelings.pause.1', 'presence.pause.1', 'patience.pause.1', 'presence.pause.1'];
    expect(pickPrompt({ surface: 'pause', recentIds, random: always(0.9), pool }).id).toBe('feelings.pause.1');
    const single = [pool[0] as Prompt];
    expect(pickPrompt({ surface: 'pause', recentIds: ['presence.pause.1'], random: always(0), pool: single })).toBe(
      single[0],
    );
  });

  it('says so plainly when a pool has nothing for the surface', () => {
    expect(() => pickPrompt({ surface: 'daily', recentIds: [], random: always(0), pool: [] })).toThrow(RangeError);
  });

  it('over a long run, never repeats within 10 picks, never repeats a theme back to back, and visits every theme', () => {
    for (const surface of promptSurfaces) {
      const random = seeded(2026);
      let recentIds: string[] = [];
      const shown: Prompt[] = [];
      for (let i = 0; i < 300; i += 1) {
        const prompt = pickPrompt({ surface, recentIds, random });
        expect(recentIds).not.toContain(prompt.id);
        if (shown.length > 0) expect(prompt.theme).not.toBe(shown.at(-1)?.theme);
        shown.push(prompt);
        recentIds = rememberShown(recentIds, prompt.id);
      }
      expect(new Set(shown.map((prompt) => prompt.theme))).toEqual(new Set(promptThemes));
    }
  });
});

describe('rememberShown', () => {
  it('adds the newest id last and keeps at most 10', () => {
    let recent: string[] = [];
    for (let i = 1; i <= 15; i += 1) recent = rememberShown(recent, `p.${i}`);
    expect(recent).toHaveLength(10);
    expect(recent[0]).toBe('p.6');
    expect(recent.at(-1)).toBe('p.15');
  });

  it('moves an id shown again to the end instead of keeping it twice', () => {
    expect(rememberShown(['a', 'b', 'c'], 'a')).toEqual(['b', 'c', 'a']);
  });

  it('honours a custom size and leaves its input alone', () => {
    const input = Object.freeze(['a', 'b', 'c']);
    expect(rememberShown(input, 'd', 2)).toEqual(['c', 'd']);
    expect(rememberShown(input, 'd', 0)).toEqual([]);
    expect(rememberShown(input, 'd', Number.NaN)).toEqual([]);
    expect(input).toEqual(['a', 'b', 'c']);
  });
});
