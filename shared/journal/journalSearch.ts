import type { JournalEntry } from './entry';
import { fold, foldText, originalRange, type FoldedText } from './textFold';

/**
 * Full-text search over one entry. Every word of the query must appear somewhere in the
 * entry (AND); a "quoted phrase" must appear as written, its words in order with any
 * whitespace between them. Matching is by substring after folding (see textFold.ts), so it
 * needs no word boundaries and works the same for emoji, CJK and right-to-left text:
 * "breath" finds "breathing", "cafe" finds "Café", "שלום" finds "שָׁלוֹם".
 */

export const searchFields = [
  'title',
  'text',
  'feeling',
  'prompt',
  'shift',
  'myFeeling',
  'theirFeeling',
  'curiousReply',
  'tags',
  'values',
] as const;
export type SearchField = (typeof searchFields)[number];

/** [start, end) in UTF-16 units of the original string. */
export type TextRange = [start: number, end: number];

export interface SearchableField {
  field: SearchField;
  /** For tags and values: which one, so the UI can mark the right chip. */
  index?: number;
  text: string;
}

export interface FieldMatch {
  field: SearchField;
  /** Present for tags and values only: the ranges lie in `entry.tags[index]` (or values). */
  index?: number;
  /** Sorted, non-overlapping, non-adjacent ranges into the original field string. */
  ranges: TextRange[];
}

export interface EntryMatch {
  fields: FieldMatch[];
}

export interface QueryTerm {
  /** As typed (without the quotes). */
  text: string;
  phrase: boolean;
  /** The folded words; a phrase has one or more, a plain word exactly one. */
  words: string[];
}

export interface ParsedQuery {
  terms: QueryTerm[];
}

/** The entry's searchable strings, in display order; empty ones left out. */
export function searchableFields(entry: JournalEntry): SearchableField[] {
  const scalars: Array<[SearchField, string | null | undefined]> = [
    ['title', entry.title],
    ['text', entry.text],
    ['feeling', entry.feeling?.word],
    ['prompt', entry.prompt?.text],
    ['shift', entry.shift],
    ['myFeeling', entry.reset?.myFeeling],
    ['theirFeeling', entry.reset?.theirFeeling],
    ['curiousReply', entry.reset?.curiousReply],
  ];
  const fields: SearchableField[] = [];
  for (const [field, text] of scalars) if (text) fields.push({ field, text });
  entry.tags.forEach((text, index) => fields.push({ field: 'tags', index, text }));
  entry.values.forEach((text, index) => fields.push({ field: 'values', index, text }));
  return fields;
}

/** Everything search looks at, one field per line (for an index or a quick pre-check). */
export function searchableText(entry: JournalEntry): string {
  return searchableFields(entry)
    .map((field) => field.text)
    .join('\n');
}

// Straight and typographic double quotes both open and close a phrase; an unclosed one runs to the end.
const queryToken = /["“”„]([^"“”„]*)["“”„]?|[^\s"“”„]+/gu;

export function parseQuery(input: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  for (const token of input.matchAll(queryToken)) {
    const phrase = token[1] !== undefined;
    const text = phrase ? token[1]!.trim() : token[0];
    const words = text
      .split(/\s+/u)
      .map(fold)
      .filter((word) => word.length > 0);
    if (words.length > 0) terms.push({ text, phrase, words });
  }
  return { terms };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every non-overlapping occurrence of the term in the folded text, as folded ranges. */
function occurrences(folded: string, term: QueryTerm): TextRange[] {
  const found: TextRange[] = [];
  if (term.words.length === 1) {
    const word = term.words[0]!;
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      found.push([at, at + word.length]);
    }
    return found;
  }
  const pattern = new RegExp(term.words.map(escapeRegExp).join('\\s+'), 'gu');
  for (const match of folded.matchAll(pattern)) found.push([match.index, match.index + match[0].length]);
  return found;
}

/** Sorted, with overlapping and touching ranges joined and empty ones dropped. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): TextRange[] {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Null when some term of the query is nowhere in the entry; otherwise every occurrence of
 * every term, per field. An empty query matches every entry and highlights nothing.
 */
export function matchEntry(entry: JournalEntry, query: ParsedQuery): EntryMatch | null {
  if (query.terms.length === 0) return { fields: [] };
  const fields = searchableFields(entry).map((field) => ({ ...field, folded: null as FoldedText | null }));
  const found = fields.map(() => [] as TextRange[]);
  for (const term of query.terms) {
    let seen = false;
    fields.forEach((field, position) => {
      const folded = (field.folded ??= foldText(field.text));
      for (const [start, end] of occurrences(folded.folded, term)) {
        found[position]!.push(originalRange(folded, start, end));
        seen = true;
      }
    });
    if (!seen) return null;
  }
  const matches: FieldMatch[] = [];
  fields.forEach(({ field, index }, position) => {
    const ranges = found[position]!;
    if (ranges.length === 0) return;
    matches.push(index === undefined ? { field, ranges: mergeRanges(ranges) } : { field, index, ranges: mergeRanges(ranges) });
  });
  return { fields: matches };
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** The text cut into plain and matched pieces (rendered as <mark>); they join back to `text`. */
export function highlightSegments(text: string, ranges: ReadonlyArray<readonly [number, number]>): HighlightSegment[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of mergeRanges(ranges.map(([start, end]) => [clamp(start), clamp(end)] as const))) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
