import { compareNewestFirst, type JournalEntry } from './entry';
import { matchesFilters, type JournalFilter } from './journalFilters';
import { matchEntry, type EntryMatch, type ParsedQuery } from './journalSearch';

export interface FoundEntry {
  entry: JournalEntry;
  match: EntryMatch;
}

/** Search and filters together: live entries passing every filter and containing every term, newest first. */
export function findEntries(
  entries: readonly JournalEntry[],
  query: ParsedQuery,
  filters: JournalFilter,
  timeZone: string,
): FoundEntry[] {
  const found: FoundEntry[] = [];
  for (const entry of entries) {
    if (!matchesFilters(entry, filters, timeZone)) continue; // the cheap test first
    const match = matchEntry(entry, query);
    if (match) found.push({ entry, match });
  }
  return found.sort((a, b) => compareNewestFirst(a.entry, b.entry));
}
