import { z } from 'zod';

/** The themes the prompts rotate through (DESIGN.md §1), in the order they are shown in lists. */
export const promptThemes = [
  'presence',
  'feelings',
  'being-real',
  'patience',
  'boundaries',
  'commitment',
  'safe-curious-relationships',
  'self-compassion',
  'values-alignment',
] as const;

export type PromptTheme = (typeof promptThemes)[number];

export const promptThemeSchema = z.enum(promptThemes);

/** How each theme is named to the person: plain words, no jargon. */
export const themeLabels: Record<PromptTheme, string> = {
  presence: 'Being here, now',
  feelings: 'Feeling your feelings',
  'being-real': 'Being real instead of performing',
  patience: 'Patience with others and yourself',
  boundaries: 'Keeping your boundaries',
  commitment: 'Keeping commitments when it is hard',
  'safe-curious-relationships': 'Safety and curiosity with other people',
  'self-compassion': 'Kindness towards yourself',
  'values-alignment': 'Living by what matters to you',
};

/**
 * Where a prompt appears: a pause notification and Quick Pause (one short line),
 * the question of the day, or a guided journal entry (longer, reflective).
 */
export const promptSurfaces = ['pause', 'daily', 'journal'] as const;

export type PromptSurface = (typeof promptSurfaces)[number];

export const promptSurfaceSchema = z.enum(promptSurfaces);

/** A pause prompt must fit a desktop notification body. */
export const maxPausePromptLength = 90;
