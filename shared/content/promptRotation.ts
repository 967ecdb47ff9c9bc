import { prompts } from './prompts';
import type { Prompt } from './prompts';
import type { PromptSurface, PromptTheme } from './promptThemes';
import { randomIndex } from './random';

/** A prompt shown among the last this-many is not shown again while others are available. */
export const recentPromptWindow = 10;

export interface PickPromptOptions {
  surface: PromptSurface;
  /** Ids shown before, newest last. Ids that are not prompts (retired, or from elsewhere) are ignored. */
  recentIds: readonly string[];
  /** A number in [0, 1), like Math.random; injected so a pick is reproducible. */
  random: () => number;
  /** What to choose from: the whole catalogue unless narrowed (by a test, or a future filter). */
  pool?: readonly Prompt[];
}

/**
 * The next prompt for a surface.
 *
 * Uniform among the prompts of that surface not shown in the last {@link recentPromptWindow}
 * picks, preferring a theme other than that of the newest known prompt in `recentIds`, so
 * consecutive prompts move through the themes. When every prompt of the surface is recent,
 * the one shown longest ago comes back. Throws only when the pool has no prompt for the
 * surface at all, which the catalogue never allows.
 */
export function pickPrompt({ surface, recentIds, random, pool = prompts }: PickPromptOptions): Prompt {
  const candidates = pool.filter((prompt) => prompt.surface === surface);
  if (candidates.length === 0) throw new RangeError(`There are no ${surface} prompts to choose from.`);

  const recent = new Set(recentIds.slice(-recentPromptWindow));
  const fresh = candidates.filter((prompt) => !recent.has(prompt.id));
  if (fresh.length === 0) return leastRecentlyShown(candidates, recentIds);

  const lastTheme = newestTheme(recentIds, pool);
  const otherThemes = fresh.filter((prompt) => prompt.theme !== lastTheme);
  const choices = otherThemes.length > 0 ? otherThemes : fresh;
  return choices[randomIndex(random, choices.length)] as Prompt;
}

/** `recentIds` with `id` moved (or added) to the end, keeping only the newest `keep`. */
export function rememberShown(recentIds: readonly string[], id: string, keep = recentPromptWindow): string[] {
  const size = Math.floor(keep);
  if (!(size >= 1)) return [];
  return [...recentIds.filter((shown) => shown !== id), id].slice(-size);
}

function newestTheme(recentIds: readonly string[], pool: readonly Prompt[]): PromptTheme | undefined {
  const known = new Map<string, Prompt>([...prompts, ...pool].map((prompt) => [prompt.id, prompt]));
  for (let i = recentIds.length - 1; i >= 0; i -= 1) {
    const prompt = known.get(recentIds[i] as string);
    if (prompt) return prompt.theme;
  }
  return undefined;
}

function leastRecentlyShown(candidates: readonly Prompt[], recentIds: readonly string[]): Prompt {
  let oldest = candidates[0] as Prompt;
  for (const prompt of candidates) {
    if (recentIds.lastIndexOf(prompt.id) < recentIds.lastIndexOf(oldest.id)) oldest = prompt;
  }
  return oldest;
}
