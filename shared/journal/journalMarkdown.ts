import { quadrantLabels, quadrantOf } from '../content/emotions';
import { localParts } from '../scheduler/localTime';
import type { EntryKind, Feeling, JournalEntry, ResetAnswers } from './entry';
import { frontMatter, toWellFormed } from './yamlFrontMatter';

/**
 * Markdown export: ONE FILE PER ENTRY, in a folder per local month (`2026-11/…`).
 *
 * Why not one file per month, like the store? Front matter describes a whole file, so only
 * one file per entry can carry each entry's id, kind, tags, values and feeling where
 * Obsidian, Dataview, iA Writer or a static-site tool look for them (their tag panes, property
 * views and queries are per note). A note per entry also opens, links, moves and gets edited
 * on its own: changing one entry elsewhere never risks a month of others. The store splits
 * by month to keep its writes small; that is a storage concern, and the month folders keep
 * the same shape for browsing. The JSON export, not this, is the lossless one.
 */

/** The Reset questions, worded as the journal shows them (renderer/reset/resetQuestions.ts; a test keeps them equal). */
export const resetQuestionHeadings: Readonly<Record<keyof ResetAnswers, string>> = {
  myFeeling: 'What am I feeling?',
  theirFeeling: 'What might they be feeling underneath?',
  curiousReply: 'How could I answer with curiosity instead of defence?',
};

const kindLabels: Record<EntryKind, string> = { free: 'Journal entry', pause: 'Pause', reset: 'Reset before responding' };

const hasWords = (text: string | null | undefined): text is string => !!text && text.trim().length > 0;

function describeFeeling(feeling: Feeling): string {
  const area = quadrantLabels[quadrantOf(feeling.pleasantness, feeling.energy)];
  return feeling.word ? `${feeling.word} · ${area}` : area;
}

/** The same parts, in the same order and under the same names, as the journal's EntryBody. */
function body(entry: JournalEntry): string {
  if (entry.kind === 'free' && !entry.prompt) return entry.text.endsWith('\n') ? entry.text : `${entry.text}\n`;
  const sections: Array<[heading: string, text: string | null | undefined]> = [
    ['Feeling', entry.feeling && describeFeeling(entry.feeling)],
    ['Prompt', entry.prompt?.text],
    [entry.kind === 'reset' ? 'Notes' : 'Reflection', entry.text],
    ['Small shift', entry.shift],
    ...Object.entries(resetQuestionHeadings).map(
      ([field, heading]) => [heading, entry.reset?.[field as keyof ResetAnswers]] as [string, string | undefined],
    ),
  ];
  return sections
    .filter((section): section is [string, string] => hasWords(section[1]))
    .map(([heading, text]) => `## ${heading}\n\n${text.trimEnd()}\n`)
    .join('\n');
}

/** Front matter (id, kind, title, created, updated, tags, values, feeling), a blank line, the body. */
export function entryMarkdown(entry: JournalEntry): string {
  const { feeling } = entry;
  const head = frontMatter({
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    created: entry.createdAt,
    updated: entry.updatedAt,
    tags: entry.tags,
    values: entry.values,
    feeling: feeling && { pleasantness: feeling.pleasantness, energy: feeling.energy, word: feeling.word },
  });
  return toWellFormed(`${head}\n${body(entry)}`);
}

// Reserved on Windows, or meaningful in Obsidian links (# ^ [ ] |), or invisible direction
// overrides that could make a name read differently from what it is.
const unsafeInName = /[<>:"/\\|?*#^[\]\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** At most 4 UTF-8 bytes each: date, time, label, id and ".md" stay well under 255 bytes. */
const labelLength = 40;

function cleanLabel(text: string): string {
  const tidy = toWellFormed(text).normalize('NFC').replace(unsafeInName, ' ').replace(/\s+/gu, ' ').trim();
  // Windows drops trailing dots and spaces; a cut may leave a dangling zero-width joiner.
  return Array.from(tidy).slice(0, labelLength).join('').replace(/[\s.\u200d]+$/u, '');
}

function nameLabel(entry: JournalEntry): string {
  const firstLine = entry.text.trim().split('\n')[0] ?? '';
  return cleanLabel(entry.title) || cleanLabel(firstLine) || kindLabels[entry.kind];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local month folder, `YYYY-MM`. */
export function markdownFolderName(entry: JournalEntry, timeZone: string): string {
  const { year, month } = localParts(Date.parse(entry.createdAt), timeZone);
  return `${pad(year, 4)}-${pad(month)}`;
}

/**
 * `2026-11-20 08.00 Title words (3f0c8d4e).md`: sorts by local date and time, readable, and
 * valid on Windows, macOS and Linux (no reserved characters or names, no trailing dot or
 * space, NFC, under 255 bytes). The start of the id keeps two same-minute entries apart.
 */
export function markdownFileName(entry: JournalEntry, timeZone: string, idLength = 8): string {
  const { year, month, day, msOfDay } = localParts(Date.parse(entry.createdAt), timeZone);
  const minutes = Math.floor(msOfDay / 60_000);
  const when = `${pad(year, 4)}-${pad(month)}-${pad(day)} ${pad(Math.floor(minutes / 60))}.${pad(minutes % 60)}`;
  return `${when} ${nameLabel(entry)} (${entry.id.slice(0, idLength)}).md`;
}

export interface MarkdownFile {
  /** Relative, with `/`: `2026-11/2026-11-20 08.00 Title (3f0c8d4e).md`. */
  path: string;
  content: string;
}

/** Every live entry as a file, oldest first. Paths are unique even on case-insensitive disks. */
export function markdownExport(entries: readonly JournalEntry[], timeZone: string): MarkdownFile[] {
  const taken = new Set<string>();
  return entries
    .filter((entry) => entry.deletedAt === null)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
    .map((entry) => {
      const folder = markdownFolderName(entry, timeZone);
      let path = `${folder}/${markdownFileName(entry, timeZone)}`;
      if (taken.has(path.toLowerCase())) path = `${folder}/${markdownFileName(entry, timeZone, entry.id.length)}`;
      taken.add(path.toLowerCase());
      return { path, content: entryMarkdown(entry) };
    });
}
