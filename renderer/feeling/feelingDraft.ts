import type { Feeling } from '../../shared/journal/entry';

/** The check-in while it is being made; `placed` turns true once the person moves the point or picks a word. */
export interface FeelingDraft {
  pleasantness: number;
  energy: number;
  word: string | null;
  placed: boolean;
}

export const axisMin = -5;
export const axisMax = 5;

export const unplacedFeeling: FeelingDraft = { pleasantness: 0, energy: 0, word: null, placed: false };

/** What is saved: nothing when the person skipped the check-in. */
export function feelingToSave(draft: FeelingDraft): Feeling | null {
  if (!draft.placed && draft.word === null) return null;
  return { pleasantness: draft.pleasantness, energy: draft.energy, word: draft.word };
}

export function clampToAxis(value: number): number {
  return Math.max(axisMin, Math.min(axisMax, Math.round(value)));
}
