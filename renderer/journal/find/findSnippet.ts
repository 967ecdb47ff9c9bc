import type { TextRange } from '../../../shared/journal/journalSearch';

export interface Snippet {
  text: string;
  /** Ranges into `text`, for highlightSegments. */
  ranges: TextRange[];
  cutStart: boolean;
  cutEnd: boolean;
}

const before = 60;
const length = 220;

const isLowSurrogate = (text: string, at: number) => /[\uDC00-\uDFFF]/u.test(text.charAt(at));

/** Moves a cut back to the nearest space within a few characters, and never into the middle of an emoji. */
function softCut(text: string, at: number, direction: -1 | 1): number {
  let cut = Math.min(Math.max(at, 0), text.length);
  for (let step = 0; step < 20 && cut > 0 && cut < text.length; step += 1) {
    if (/\s/u.test(text.charAt(cut - 1))) break;
    cut += direction;
  }
  if (cut > 0 && cut < text.length && /\s/u.test(text.charAt(cut - 1))) return cut;
  cut = Math.min(Math.max(at, 0), text.length);
  return isLowSurrogate(text, cut) ? cut - 1 : cut;
}

/**
 * A short window of plain text around the first match, so a long entry shows where the
 * words were found rather than how it begins. Without a match it is the start of the text.
 */
export function findSnippet(text: string, ranges: readonly TextRange[]): Snippet {
  const firstMatch = ranges[0]?.[0] ?? 0;
  const start = firstMatch <= before ? 0 : softCut(text, firstMatch - before, 1);
  const end = start + length >= text.length ? text.length : softCut(text, start + length, -1);
  const shifted: TextRange[] = [];
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    shifted.push([Math.max(from, start) - start, Math.min(to, end) - start]);
  }
  return { text: text.slice(start, end), ranges: shifted, cutStart: start > 0, cutEnd: end < text.length };
}
