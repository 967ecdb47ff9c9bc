import type { EntryKind, JournalEntry } from '../../shared/journal/entry';
import { formatEntryTime } from './formatEntryTime';

/** What an untitled pause or reset is called in the timeline; untitled free entries go by their time. */
const kindTitles: Record<EntryKind, string | null> = { free: null, pause: 'Pause', reset: 'Reset before responding' };

/** The entry's title, or its time when it has none, and a quiet note when it was changed later. */
export function EntryHeader({ entry, headingId }: { entry: JournalEntry; headingId: string }) {
  const written = formatEntryTime(entry.createdAt);
  const title = entry.title.trim().length > 0 ? entry.title : kindTitles[entry.kind];
  const hasTitle = title !== null;
  const edited = entry.updatedAt !== entry.createdAt;

  return (
    <header className="entry-header">
      <h3 id={headingId} className="entry-title">
        {hasTitle ? title : <time dateTime={entry.createdAt}>{written}</time>}
      </h3>
      {(hasTitle || edited) && (
        <p className="entry-meta">
          {hasTitle && <time dateTime={entry.createdAt}>{written}</time>}
          {hasTitle && edited && ' · '}
          {edited && 'edited'}
        </p>
      )}
    </header>
  );
}
