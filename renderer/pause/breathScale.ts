import type { BreathPattern } from '../../shared/content/breathPatterns';

/** The circle's size between breaths, and at the top and bottom of one. */
export const restScale = 0.6;
const fullScale = 1;
const emptyScale = 0.45;
/** Before a top-up breath the first breath in stops a little short of full. */
const nearlyFullScale = 0.85;

/** How big the circle is at the end of phase `phaseIndex`. */
export function scaleAfterPhase(pattern: BreathPattern, phaseIndex: number): number {
  const phase = pattern.phases[phaseIndex];
  if (!phase) return restScale;
  switch (phase.kind) {
    case 'in':
      return pattern.phases[phaseIndex + 1]?.kind === 'top-up' ? nearlyFullScale : fullScale;
    case 'top-up':
      return fullScale;
    case 'out':
      return emptyScale;
    case 'hold':
      return phaseIndex === 0 ? restScale : scaleAfterPhase(pattern, phaseIndex - 1);
  }
}
