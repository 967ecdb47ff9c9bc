import { z } from 'zod';

/**
 * The feeling check-in: a place on two axes, pleasantness and energy (the circumplex
 * model of affect), then a word from the project's own vocabulary for that place.
 */

export const quadrants = ['pleasant-energized', 'pleasant-calm', 'unpleasant-energized', 'unpleasant-calm'] as const;

export type Quadrant = (typeof quadrants)[number];

export const quadrantSchema = z.enum(quadrants);

export const quadrantLabels: Record<Quadrant, string> = {
  'pleasant-energized': 'Pleasant, lots of energy',
  'pleasant-calm': 'Pleasant, low energy',
  'unpleasant-energized': 'Unpleasant, lots of energy',
  'unpleasant-calm': 'Unpleasant, low energy',
};

/** The ends of each axis, in words, for the check-in plane. */
export const axisLabels = {
  pleasantness: { low: 'Unpleasant', high: 'Pleasant' },
  energy: { low: 'Low energy', high: 'Lots of energy' },
} as const;

/** Both axes run from -5 to 5; 0 is the middle of the plane. */
export const emotionAxisMin = -5;
export const emotionAxisMax = 5;

export interface EmotionWord {
  word: string;
  /** -5 (very unpleasant) to 5 (very pleasant), never 0. */
  pleasantness: number;
  /** -5 (very low energy) to 5 (lots of energy), never 0. */
  energy: number;
  quadrant: Quadrant;
}

type Placement = readonly [word: string, pleasantness: number, energy: number];

/** Grouped by quadrant and written row by row, from the most energy down. */
const placements: Record<Quadrant, readonly Placement[]> = {
  'pleasant-energized': [
    ['elated', 5, 5], ['thrilled', 4, 5], ['excited', 3, 5],
    ['delighted', 5, 4], ['enthusiastic', 4, 4], ['lively', 3, 4], ['eager', 2, 4], ['determined', 1, 4],
    ['joyful', 5, 3], ['inspired', 4, 3], ['playful', 3, 3], ['motivated', 2, 3], ['focused', 1, 3],
    ['happy', 5, 2], ['proud', 4, 2], ['amused', 3, 2], ['curious', 2, 2],
    ['cheerful', 4, 1], ['confident', 3, 1], ['hopeful', 2, 1],
  ],
  'pleasant-calm': [
    ['loved', 5, -1], ['grateful', 4, -1], ['connected', 3, -1], ['tender', 2, -1], ['thoughtful', 1, -1],
    ['fulfilled', 5, -2], ['content', 4, -2], ['safe', 3, -2], ['balanced', 2, -2],
    ['relieved', 5, -3], ['at ease', 4, -3], ['comfortable', 3, -3], ['unhurried', 2, -3],
    ['serene', 5, -4], ['peaceful', 4, -4], ['calm', 3, -4], ['grounded', 2, -4], ['mellow', 1, -4],
    ['relaxed', 3, -5], ['sleepy', 1, -5],
  ],
  'unpleasant-energized': [
    ['furious', -5, 5], ['panicked', -4, 5], ['frantic', -3, 5], ['jittery', -1, 5],
    ['overwhelmed', -5, 4], ['angry', -4, 4], ['anxious', -3, 4], ['on edge', -2, 4], ['restless', -1, 4],
    ['scared', -4, 3], ['stressed', -3, 3], ['irritable', -2, 3], ['impatient', -1, 3],
    ['jealous', -4, 2], ['frustrated', -3, 2], ['nervous', -2, 2], ['tense', -1, 2],
    ['resentful', -4, 1], ['worried', -3, 1], ['annoyed', -2, 1], ['defensive', -1, 1],
  ],
  'unpleasant-calm': [
    ['hurt', -4, -1], ['disappointed', -3, -1], ['left out', -2, -1], ['wistful', -1, -1],
    ['ashamed', -5, -2], ['lonely', -4, -2], ['sad', -3, -2], ['down', -2, -2], ['disconnected', -1, -2],
    ['helpless', -5, -3], ['heavy', -4, -3], ['discouraged', -3, -3], ['flat', -2, -3], ['bored', -1, -3],
    ['hopeless', -5, -4], ['drained', -3, -4], ['numb', -2, -4], ['tired', -1, -4],
    ['empty', -4, -5], ['exhausted', -3, -5], ['weary', -2, -5],
  ],
};

export const emotionWords: readonly EmotionWord[] = Object.freeze(
  quadrants.flatMap((quadrant) =>
    placements[quadrant].map(([word, pleasantness, energy]) => Object.freeze({ word, pleasantness, energy, quadrant })),
  ),
);

/**
 * The quadrant of a point on the plane. The middle lines belong to the gentler side:
 * a pleasantness of exactly 0 reads as pleasant, an energy of exactly 0 as calm.
 */
export function quadrantOf(pleasantness: number, energy: number): Quadrant {
  const feel = pleasantness >= 0 ? 'pleasant' : 'unpleasant';
  const charge = energy > 0 ? 'energized' : 'calm';
  return `${feel}-${charge}`;
}

/**
 * The `count` words closest to a point (Euclidean distance), nearest first; words at the
 * same distance keep the vocabulary's order. The point may be anywhere, fractions included.
 */
export function wordsNear(pleasantness: number, energy: number, count: number): EmotionWord[] {
  if (!Number.isFinite(pleasantness) || !Number.isFinite(energy)) {
    throw new RangeError('wordsNear needs a finite point on the plane.');
  }
  const size = Math.max(0, Math.floor(count) || 0);
  return emotionWords
    .map((word, order) => ({ word, order, distance: Math.hypot(word.pleasantness - pleasantness, word.energy - energy) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, size)
    .map(({ word }) => word);
}
