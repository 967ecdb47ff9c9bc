import { describe, expect, it } from 'vitest';
import { randomIndex } from '../../../../shared/content/random';

describe('randomIndex', () => {
  it('maps [0, 1) evenly onto the indices', () => {
    expect([0, 0.24, 0.25, 0.5, 0.99].map((r) => randomIndex(() => r, 4))).toEqual([0, 0, 1, 2, 3]);
  });

  it('stays in range whatever the source returns', () => {
    expect(randomIndex(() => 1, 4)).toBe(3);
    expect(randomIndex(() => -3, 4)).toBe(0);
    expect(randomIndex(() => Number.NaN, 4)).toBe(0);
    expect(randomIndex(() => Number.POSITIVE_INFINITY, 4)).toBe(0);
  });
});
