import type { JournalEntry } from '../../shared/journal/entry';
import { formatEntryTime } from './formatEntryTime';

/** The entry's title, or its time when it has none, and a quiet note when it was changed later. */
export function EntryHeader({ entry, headingId }: { entry: JournalEntry; headingId: string }) {
  const written = formatEntryTime(entry.createdAt);
  const hasTitle = entry.title.trim().length > 0;
  const edited = entry.updatedAt !== entry.createdAt;

  return (
    <header className="entry-header">
      <h3 id={headingId} className="entry-title">
        {hasTitle ? entry.title : <time dateTime={entry.createdAt}>{written}</time>}
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
