/**
 * Case- and accent-insensitive text for search, with a way back to the original.
 *
 * Folding is lower-casing (locale-free), decomposing (NFD), dropping the marks that only
 * accent a letter, recomposing (NFC). Runs of simple letters fold in one go; anything else
 * is cut into clusters (a character with the marks, emoji modifiers, zero-width joins and
 * tag characters that belong to it: close to a grapheme, without Intl.Segmenter's cost on a
 * 100 KB entry) folded one by one. Each stretch of the folded text remembers where it came
 * from, so a match maps back to whole clusters of the original: "cafe" highlights all of
 * "Café", including a separate combining accent, and "👩" highlights the whole "👩‍💻".
 *
 * Accents are dropped in Latin, Greek and Cyrillic (combining diacritics), Hebrew points and
 * Arabic harakat, plus emoji variation selectors. Marks that make a different letter in other
 * scripts (Japanese dakuten, Indic vowel signs) are kept, so "か" does not find "が".
 */

/** A stretch of the folded text and where it came from in the original. */
export interface Segment {
  /** Where it starts in the folded text. */
  folded: number;
  start: number;
  end: number;
  /** One folded unit per original unit (runs of simple letters); otherwise one cluster, mapped as a whole. */
  identity: boolean;
}

export interface FoldedText {
  /** The searchable form: lower-case, accents removed. */
  readonly folded: string;
  /** Null when every unit folded in place (plain ASCII). */
  readonly segments: readonly Segment[] | null;
}

const plainAscii = /^[ -~\t\n\r]*$/;
const markPattern = /\p{M}/u;

/** Letters with no decomposition that people still expect to find without the stroke or ligature. */
const extraFolds: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ς: 'σ' };
const extraFoldPattern = /[øłđıßæœς\u00ad\u0640]/g; // soft hyphen and Arabic tatweel fold to nothing

function isFoldableMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) || // combining diacritical marks
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x0591 && cp <= 0x05c7) || // Hebrew points and cantillation
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x064b && cp <= 0x065f) || // Arabic harakat, shadda, hamza above and below
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06ed) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors: ❤️ finds ❤ and back
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

const dropFoldableMarks = (text: string) =>
  text.replace(/\p{M}/gu, (mark) => (isFoldableMark(mark.codePointAt(0)!) ? '' : mark));

function foldPlain(text: string): string {
  return dropFoldableMarks(text.toLowerCase().normalize('NFD'))
    .normalize('NFC')
    .replace(extraFoldPattern, (letter) => extraFolds[letter] ?? '');
}

const simple = 0; // folds to exactly one unit, whatever its neighbours
const starter = 1; // starts a cluster of its own: surrogates, the joiner, letters folding to two units or none
const continuing = 2; // belongs to the cluster before it: marks, Hangul medial and final jamo

let unitKinds: Uint8Array | null = null;

/** What each BMP code unit is, built once on first use. */
function kinds(): Uint8Array {
  if (unitKinds) return unitKinds;
  const table = new Uint8Array(0x10000);
  table.fill(starter, 0xd800, 0xe000);
  table.fill(continuing, 0x1160, 0x1200);
  let bmp = '';
  for (let unit = 0; unit < 0xd800; unit += 1) bmp += String.fromCharCode(unit);
  for (let unit = 0xe000; unit < 0x10000; unit += 1) bmp += String.fromCharCode(unit);
  for (const mark of bmp.matchAll(/\p{M}/gu)) table[mark[0].charCodeAt(0)] = continuing;
  for (const char of '\u200d\u0130\u00ad\u0640ßæœ') table[char.charCodeAt(0)] = starter;
  return (unitKinds = table);
}

function continuesCluster(cp: number): boolean {
  if (cp <= 0xffff) return kinds()[cp] === continuing;
  return (
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones
    (cp >= 0xe0020 && cp <= 0xe007f) || // tag characters (subdivision flags)
    markPattern.test(String.fromCodePoint(cp))
  );
}

const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const unitsOf = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Where the cluster that starts at `start` ends. */
export function clusterEnd(text: string, start: number): number {
  const first = text.codePointAt(start)!;
  let i = start + unitsOf(first);
  if (isRegionalIndicator(first)) {
    const second = text.codePointAt(i);
    if (second !== undefined && isRegionalIndicator(second)) i += 2; // a flag is a pair
  }
  while (i < text.length && text.charCodeAt(i) >= 0x300) {
    const cp = text.codePointAt(i)!;
    if (cp === 0x200d) {
      i += 1;
      const joined = text.codePointAt(i);
      if (joined !== undefined) i += unitsOf(joined);
    } else if (continuesCluster(cp)) {
      i += unitsOf(cp);
    } else {
      break;
    }
  }
  return i;
}

const clusterMemo = new Map<string, string>();

function foldCluster(cluster: string): string {
  let folded = clusterMemo.get(cluster);
  if (folded === undefined) {
    folded = foldPlain(cluster);
    if (clusterMemo.size >= 8192) clusterMemo.clear();
    clusterMemo.set(cluster, folded);
  }
  return folded;
}

/** Where the run of simple units from `start` ends, leaving out a last letter that marks or a joiner follow. */
function simpleRunEnd(text: string, start: number, table: Uint8Array): number {
  let end = start;
  while (end < text.length && table[text.charCodeAt(end)] === simple) end += 1;
  if (end > start && end < text.length && text.charCodeAt(end) >= 0x300) end -= 1;
  return end;
}

function addSegment(segments: Segment[], next: Segment): void {
  const last = segments[segments.length - 1];
  const joins = last?.identity && next.identity && last.end === next.start && last.folded + (last.end - last.start) === next.folded;
  if (joins) last.end = next.end;
  else segments.push(next);
}

export function foldText(text: string): FoldedText {
  if (plainAscii.test(text)) return { folded: text.toLowerCase(), segments: null };
  const table = kinds();
  const pieces: string[] = [];
  const segments: Segment[] = [];
  let folded = 0;
  const add = (piece: string, start: number, end: number, identity: boolean) => {
    if (piece.length === 0) return;
    pieces.push(piece);
    addSegment(segments, { folded, start, end, identity });
    folded += piece.length;
  };
  let start = 0;
  let clustersUntil = 0; // a run that did not fold unit for unit is walked cluster by cluster
  while (start < text.length) {
    if (start >= clustersUntil) {
      const end = simpleRunEnd(text, start, table);
      const piece = end > start ? foldPlain(text.slice(start, end)) : '';
      if (piece.length > 0 && piece.length === end - start) {
        add(piece, start, end, true);
        start = end;
        continue;
      }
      clustersUntil = end;
    }
    const end = clusterEnd(text, start);
    const piece = foldCluster(text.slice(start, end));
    add(piece, start, end, end - start === 1 && piece.length === 1);
    start = end;
  }
  return { folded: pieces.join(''), segments };
}

/** The searchable form of a query word or phrase. */
export function fold(text: string): string {
  return foldText(text).folded;
}

/** The segment holding folded unit `at`: the last one starting at or before it. */
function segmentAt(segments: readonly Segment[], at: number): Segment {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.folded <= at) low = middle;
    else high = middle - 1;
  }
  return segments[low]!;
}

/** The original range behind a non-empty range of the folded text, widened to whole clusters. */
export function originalRange(text: FoldedText, start: number, end: number): [number, number] {
  if (!text.segments) return [start, end];
  const first = segmentAt(text.segments, start);
  const last = segmentAt(text.segments, end - 1);
  return [
    first.identity ? first.start + (start - first.folded) : first.start,
    last.identity ? last.start + (end - last.folded) : last.end,
  ];
}
