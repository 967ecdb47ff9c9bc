import { z } from 'zod';

/**
 * The guided breath at the start of a pause. Two patterns:
 * - slow breathing near six breaths a minute (5 s in, 5 s out);
 * - cyclic sighing: a full breath in through the nose, a short second breath on top,
 *   then a long breath out through the mouth (Balban et al., Cell Reports Medicine, 2023).
 */

export const breathPatternIds = ['slow', 'cyclic-sigh'] as const;

export type BreathPatternId = (typeof breathPatternIds)[number];

export const breathPatternIdSchema = z.enum(breathPatternIds);

export type BreathPhaseKind = 'in' | 'top-up' | 'out' | 'hold';

export interface BreathPhase {
  /** What to do, in a few plain words; also the text of the reduced-motion countdown. */
  label: string;
  seconds: number;
  kind: BreathPhaseKind;
}

export interface BreathPattern {
  id: BreathPatternId;
  name: string;
  description: string;
  /** One cycle, repeated for as long as the breath lasts. */
  phases: readonly BreathPhase[];
}

export const breathPatterns: Readonly<Record<BreathPatternId, BreathPattern>> = Object.freeze({
  slow: {
    id: 'slow',
    name: 'Slow breathing',
    description:
      'An even rhythm of about six breaths a minute: five seconds in, five seconds out. Let the breath be soft; there’s nothing to get right.',
    phases: [
      { label: 'Breathe in through your nose', seconds: 5, kind: 'in' },
      { label: 'Breathe out slowly', seconds: 5, kind: 'out' },
    ],
  },
  'cyclic-sigh': {
    id: 'cyclic-sigh',
    name: 'Cyclic sighing',
    description:
      'Two breaths in through the nose, a full one and then a short top-up, and one long breath out through the mouth. Let the breath out take its time; it’s the part that does the settling.',
    phases: [
      { label: 'Breathe in through your nose', seconds: 2, kind: 'in' },
      { label: 'Take in a little more', seconds: 1, kind: 'top-up' },
      { label: 'Breathe out slowly through your mouth', seconds: 6, kind: 'out' },
    ],
  },
});

export interface BreathMoment {
  phaseIndex: number;
  phase: BreathPhase;
  /** Seconds until the next phase begins, always above 0; round up for a countdown. */
  secondsLeftInPhase: number;
  /** How far through the phase, from 0 (just begun) to below 1, for the animation. */
  progress: number;
  /** Completed cycles before this one, counting from 0. */
  cycle: number;
}

/** The length of one cycle of a pattern, in seconds. */
export function cycleSeconds(pattern: BreathPattern): number {
  return pattern.phases.reduce((total, phase) => total + phase.seconds, 0);
}

/**
 * Where the breath is `elapsedMs` after it started. Times before the start (or not a
 * number) count as the very start. A phase begins exactly at its boundary: slow breathing
 * at 5000 ms is the first moment of breathing out.
 */
export function breathPhaseAt(pattern: BreathPattern, elapsedMs: number): BreathMoment {
  // Whole milliseconds, so boundaries are exact rather than floating-point near misses.
  const cycleMs = pattern.phases.reduce((total, phase) => total + Math.round(phase.seconds * 1000), 0);
  if (!(cycleMs > 0)) throw new RangeError(`The breath pattern "${pattern.id}" has no length.`);

  const elapsed = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs : 0;
  const cycle = Math.floor(elapsed / cycleMs);
  const intoCycle = elapsed % cycleMs;

  let phaseStart = 0;
  for (const [phaseIndex, phase] of pattern.phases.entries()) {
    const phaseMs = Math.round(phase.seconds * 1000);
    if (intoCycle < phaseStart + phaseMs) {
      const intoPhase = intoCycle - phaseStart;
      return { phaseIndex, phase, secondsLeftInPhase: (phaseMs - intoPhase) / 1000, progress: intoPhase / phaseMs, cycle };
    }
    phaseStart += phaseMs;
  }
  // Unreachable: intoCycle is always below the cycle's length. Here for the type checker.
  const phaseIndex = pattern.phases.length - 1;
  return { phaseIndex, phase: pattern.phases[phaseIndex] as BreathPhase, secondsLeftInPhase: 0, progress: 1, cycle };
}
