/** About how much of a long entry the timeline shows before "Read the whole entry". */
export const previewLength = 1_500;

/** Entries up to this long are shown whole: clamping a little would only hide a little. */
export const clampAbove = 2_000;

export interface EntryPreview {
  text: string;
  /** True when `text` is only the beginning of the entry. */
  clamped: boolean;
}

/** The part of an entry's text the timeline renders until the person asks for all of it. */
export function entryPreview(text: string): EntryPreview {
  if (text.length <= clampAbove) return { text, clamped: false };
  return { text: cutAtBoundary(text, previewLength), clamped: true };
}

/**
 * At most `limit` UTF-16 units from the start of `text`, ending where a reader would pause:
 * a blank line, else a line break, else a space, as long as that keeps at least half the limit;
 * otherwise at the last whole character (never inside a surrogate pair, a flag or a ZWJ emoji).
 */
export function cutAtBoundary(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const earliest = Math.floor(limit / 2);
  for (const boundary of [/\n[^\S\n]*\n/g, /\n/g, /\s/g]) {
    const at = lastMatchIndex(head, boundary);
    if (at >= earliest) return head.slice(0, at).trimEnd();
  }
  return text.slice(0, lastGraphemeBoundary(text, limit));
}

function lastMatchIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

/** Enough look-ahead for any emoji sequence to be seen whole (the longest, tag flags, are 14 units). */
const graphemeLookahead = 32;

function lastGraphemeBoundary(text: string, limit: number): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let boundary = 0;
  for (const { index } of segmenter.segment(text.slice(0, limit + graphemeLookahead))) {
    if (index > limit) break;
    boundary = index;
  }
  if (boundary > 0) return boundary;
  // One "character" longer than the whole preview (a pile of combining marks): at least keep pairs whole.
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
