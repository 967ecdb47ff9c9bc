import { describe, expect, it } from 'vitest';
import {
  breathPatternIdSchema,
  breathPatternIds,
  breathPatterns,
  breathPhaseAt,
  cycleSeconds,
} from '../../../../shared/content/breathPatterns';

const slow = breathPatterns.slow;
const sigh = breathPatterns['cyclic-sigh'];

describe('breath patterns', () => {
  it('are the two of the design, each described in plain words', () => {
    expect(Object.keys(breathPatterns).sort()).toEqual([...breathPatternIds].sort());
    for (const id of breathPatternIds) {
      const pattern = breathPatterns[id];
      expect(pattern.id).toBe(id);
      expect(pattern.name.length).toBeGreaterThan(0);
      expect(pattern.description).not.toMatch(/should|!/i);
      for (const phase of pattern.phases) {
        expect(phase.seconds).toBeGreaterThan(0);
        expect(phase.label).toMatch(/^[A-Z][a-z ]+$/);
      }
    }
    expect(breathPatternIdSchema.safeParse('box').success).toBe(false);
  });

  it('slow breathing is about six breaths a minute: 5 s in, 5 s out', () => {
    expect(slow.phases.map((phase) => [phase.kind, phase.seconds])).toEqual([
      ['in', 5],
      ['out', 5],
    ]);
    expect(60 / cycleSeconds(slow)).toBe(6);
  });

  it('cyclic sighing is a full breath in, a short top-up, and a long breath out', () => {
    expect(sigh.phases.map((phase) => [phase.kind, phase.seconds])).toEqual([
      ['in', 2],
      ['top-up', 1],
      ['out', 6],
    ]);
    expect(cycleSeconds(sigh)).toBe(9);
    expect(sigh.phases[2]!.label).toMatch(/mouth/);
    expect(sigh.phases[0]!.label).toMatch(/nose/);
  });
});

describe('breathPhaseAt', () => {
  it('follows slow breathing through a cycle', () => {
    expect(breathPhaseAt(slow, 0)).toMatchObject({ phaseIndex: 0, secondsLeftInPhase: 5, progress: 0, cycle: 0 });
    expect(breathPhaseAt(slow, 7500)).toMatchObject({ phaseIndex: 1, secondsLeftInPhase: 2.5, progress: 0.5, cycle: 0 });
    expect(breathPhaseAt(slow, 7500).phase.kind).toBe('out');
    expect(breathPhaseAt(slow, 5000)).toMatchObject({ phaseIndex: 1, secondsLeftInPhase: 5, cycle: 0 });
    expect(breathPhaseAt(slow, 10_000)).toMatchObject({ phaseIndex: 0, secondsLeftInPhase: 5, cycle: 1 });
    const later = breathPhaseAt(slow, 62_345);
    expect(later).toMatchObject({ phaseIndex: 0, cycle: 6 });
    expect(later.secondsLeftInPhase).toBeCloseTo(2.655, 10);
  });

  it('follows cyclic sighing into its second cycle', () => {
    expect(breathPhaseAt(sigh, 1000)).toMatchObject({ phaseIndex: 0, secondsLeftInPhase: 1, cycle: 0 });
    expect(breathPhaseAt(sigh, 2500)).toMatchObject({ phaseIndex: 1, secondsLeftInPhase: 0.5, cycle: 0 });
    expect(breathPhaseAt(sigh, 2500).phase.kind).toBe('top-up');
    expect(breathPhaseAt(sigh, 3000)).toMatchObject({ phaseIndex: 2, secondsLeftInPhase: 6, cycle: 0 });
    expect(breathPhaseAt(sigh, 8999).phase.kind).toBe('out');
    expect(breathPhaseAt(sigh, 8999).secondsLeftInPhase).toBeCloseTo(0.001, 10);
    expect(breathPhaseAt(sigh, 9500)).toMatchObject({ phaseIndex: 0, secondsLeftInPhase: 1.5, cycle: 1 });
    expect(breathPhaseAt(sigh, 9500).phase).toBe(sigh.phases[0]);
  });

  it('counts a time before the start, or no time at all, as the very start', () => {
    for (const elapsed of [-250, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(breathPhaseAt(slow, elapsed)).toMatchObject({ phaseIndex: 0, secondsLeftInPhase: 5, cycle: 0 });
    }
  });

  it('gives a reduced-motion countdown that runs 5, 4, 3, 2, 1 in each phase', () => {
    const shown: string[] = [];
    for (let ms = 0; ms < 10_000; ms += 250) {
      const moment = breathPhaseAt(slow, ms);
      const line = `${moment.phase.kind} ${Math.ceil(moment.secondsLeftInPhase)}`;
      if (shown.at(-1) !== line) shown.push(line);
    }
    expect(shown).toEqual(['in 5', 'in 4', 'in 3', 'in 2', 'in 1', 'out 5', 'out 4', 'out 3', 'out 2', 'out 1']);
  });

  it('refuses a pattern with no length', () => {
    expect(() => breathPhaseAt({ ...slow, phases: [] }, 100)).toThrow(RangeError);
  });
});
