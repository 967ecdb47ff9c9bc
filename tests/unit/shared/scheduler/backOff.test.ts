import { describe, expect, it } from 'vitest';
import { backOffFactor, ignoredInARow } from '../../../../shared/scheduler/backOff';
import { emptySchedulerMemory } from '../../../../shared/scheduler/schedulerTypes';

const memory = (consecutiveIgnored: number, awaiting: boolean) => ({
  ...emptySchedulerMemory,
  consecutiveIgnored,
  awaitingResponseSince: awaiting ? 1 : null,
});

describe('back-off after ignored invitations', () => {
  it('counts the invitation still waiting for an answer', () => {
    expect(ignoredInARow(memory(2, true))).toBe(3);
    expect(ignoredInARow(memory(2, false))).toBe(2);
  });

  it('is ×1 below three, ×2 at three, ×4 from four on', () => {
    const on = { backOffWhenIgnored: true };
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => backOffFactor(on, memory(n, false)))).toEqual([1, 1, 1, 2, 4, 4, 4]);
  });

  it('never backs off when the setting is off', () => {
    expect(backOffFactor({ backOffWhenIgnored: false }, memory(9, true))).toBe(1);
  });
});
