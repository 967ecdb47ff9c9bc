import { describe, expect, it } from 'vitest';
import { breathPatterns } from '../../../shared/content/breathPatterns';
import { restScale, scaleAfterPhase } from '../../../renderer/pause/breathScale';

describe('the breath circle', () => {
  it('grows on a breath in and shrinks on a breath out', () => {
    const slow = breathPatterns.slow;
    expect(scaleAfterPhase(slow, 0)).toBe(1);
    expect(scaleAfterPhase(slow, 1)).toBeLessThan(restScale);
  });

  it('stops a little short before a top-up breath, then fills', () => {
    const sigh = breathPatterns['cyclic-sigh'];
    const first = scaleAfterPhase(sigh, 0);
    expect(first).toBeLessThan(1);
    expect(first).toBeGreaterThan(restScale);
    expect(scaleAfterPhase(sigh, 1)).toBe(1);
    expect(scaleAfterPhase(sigh, 2)).toBeLessThan(restScale);
  });
});
