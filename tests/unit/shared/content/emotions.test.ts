import { describe, expect, it } from 'vitest';
import {
  emotionWords,
  quadrantLabels,
  quadrantOf,
  quadrantSchema,
  quadrants,
  wordsNear,
} from '../../../../shared/content/emotions';

function distance(word: { pleasantness: number; energy: number }, p: number, e: number): number {
  return Math.hypot(word.pleasantness - p, word.energy - e);
}

describe('emotion words', () => {
  it('number 70 to 90, unique, lowercase', () => {
    expect(emotionWords.length).toBeGreaterThanOrEqual(70);
    expect(emotionWords.length).toBeLessThanOrEqual(90);
    const words = emotionWords.map((entry) => entry.word);
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toMatch(/^[a-z]+( [a-z]+)*$/);
  });

  it('place 18 to 22 words in each quadrant', () => {
    for (const quadrant of quadrants) {
      const count = emotionWords.filter((entry) => entry.quadrant === quadrant).length;
      expect(count, quadrant).toBeGreaterThanOrEqual(18);
      expect(count, quadrant).toBeLessThanOrEqual(22);
    }
  });

  it('sit on whole-number coordinates within -5..5, off the axes, in the quadrant they claim', () => {
    for (const entry of emotionWords) {
      for (const value of [entry.pleasantness, entry.energy]) {
        expect(Number.isInteger(value), entry.word).toBe(true);
        expect(Math.abs(value), entry.word).toBeGreaterThanOrEqual(1);
        expect(Math.abs(value), entry.word).toBeLessThanOrEqual(5);
      }
      expect(quadrantOf(entry.pleasantness, entry.energy), entry.word).toBe(entry.quadrant);
    }
  });

  it('include the everyday words the check-in is built around', () => {
    const words = new Set(emotionWords.map((entry) => entry.word));
    for (const word of ['content', 'restless', 'tender', 'drained', 'irritable', 'curious', 'overwhelmed', 'at ease']) {
      expect(words.has(word), word).toBe(true);
    }
  });

  it('have a plain label for every quadrant', () => {
    expect(Object.keys(quadrantLabels).sort()).toEqual([...quadrants].sort());
    expect(quadrantLabels['pleasant-energized']).toBe('Pleasant, lots of energy');
    expect(quadrantSchema.safeParse('pleasant-calm').success).toBe(true);
    expect(quadrantSchema.safeParse('neutral').success).toBe(false);
  });
});

describe('quadrantOf', () => {
  it('reads each side of the axes, and the middle lines as the gentler side', () => {
    expect(quadrantOf(3, 4)).toBe('pleasant-energized');
    expect(quadrantOf(3, -4)).toBe('pleasant-calm');
    expect(quadrantOf(-0.5, 0.5)).toBe('unpleasant-energized');
    expect(quadrantOf(-2, -1)).toBe('unpleasant-calm');
    expect(quadrantOf(0, 0)).toBe('pleasant-calm');
    expect(quadrantOf(0, 3)).toBe('pleasant-energized');
    expect(quadrantOf(-3, 0)).toBe('unpleasant-calm');
  });
});

describe('wordsNear', () => {
  it('returns the nearest words first', () => {
    expect(wordsNear(4, -2, 1).map((entry) => entry.word)).toEqual(['content']);
    const near = wordsNear(-2.6, 3.4, 6);
    expect(near).toHaveLength(6);
    for (let i = 1; i < near.length; i += 1) {
      expect(distance(near[i - 1]!, -2.6, 3.4)).toBeLessThanOrEqual(distance(near[i]!, -2.6, 3.4));
    }
    const nearest = Math.min(...emotionWords.map((entry) => distance(entry, -2.6, 3.4)));
    expect(distance(near[0]!, -2.6, 3.4)).toBe(nearest);
    expect(near.every((entry) => entry.quadrant === 'unpleasant-energized')).toBe(true);
  });

  it('keeps the vocabulary order for words at the same distance', () => {
    const fromCentre = wordsNear(0, 0, emotionWords.length);
    for (let i = 1; i < fromCentre.length; i += 1) {
      const before = fromCentre[i - 1]!;
      const after = fromCentre[i]!;
      if (distance(before, 0, 0) === distance(after, 0, 0)) {
        expect(emotionWords.indexOf(before)).toBeLessThan(emotionWords.indexOf(after));
      }
    }
  });

  it('handles any count, and refuses a point that is not on the plane', () => {
    expect(wordsNear(1, 1, 0)).toEqual([]);
    expect(wordsNear(1, 1, -3)).toEqual([]);
    expect(wordsNear(1, 1, 2.9)).toHaveLength(2);
    expect(wordsNear(1, 1, 1000)).toHaveLength(emotionWords.length);
    expect(() => wordsNear(Number.NaN, 1, 3)).toThrow(RangeError);
  });
});
