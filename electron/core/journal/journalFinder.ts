import type { JournalEntry } from '../../../shared/journal/entry';
import type { SearchResult, TagsInUse } from '../../../shared/journal/journalFindIpc';
import type { JournalFilter } from '../../../shared/journal/journalFilters';
import { findEntries } from '../../../shared/journal/journalFind';
import { parseQuery } from '../../../shared/journal/journalSearch';

/**
 * Search runs over every entry in memory (the months are all loaded at start-up), so there
 * is no index to keep in step with edits, imports and the trash. findEntries leaves the trash out.
 */
export function searchJournal(
  entries: readonly JournalEntry[],
  request: { query: string; filters: JournalFilter; limit: number },
  timeZone: string,
): SearchResult {
  const found = findEntries(entries, parseQuery(request.query), request.filters, timeZone);
  return {
    hits: found.slice(0, request.limit).map(({ entry, match }) => ({ entry, fields: match.fields })),
    total: found.length,
  };
}

/** The tags on live entries, most used first, then alphabetically: the choices for the tag filter. */
export function tagsInUse(entries: readonly JournalEntry[]): TagsInUse {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const tags = [...counts].map(([tag, count]) => ({ tag, count }));
  return { tags: tags.sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)) };
}
