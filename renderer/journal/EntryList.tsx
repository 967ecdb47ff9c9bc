import type { JournalEntry } from '../../shared/journal/entry';
import { EntryItem } from './EntryItem';
import { ShowOlderEntries } from './ShowOlderEntries';
import type { EntryDraft } from './useJournal';

interface EntryListProps {
  entries: readonly JournalEntry[];
  hasOlder: boolean;
  onLoadOlder(): Promise<string | null>;
  onUpdate(id: string, draft: EntryDraft): Promise<string | null>;
  onDelete(id: string): Promise<string | null>;
}

export function EntryList({ entries, hasOlder, onLoadOlder, onUpdate, onDelete }: EntryListProps) {
  if (entries.length === 0 && !hasOlder) {
    return <p className="empty-state">Nothing here yet. Whatever you notice today is worth a line.</p>;
  }
  return (
    <>
      <ol className="entry-list" aria-label="Entries, newest first">
        {entries.map((entry) => (
          <li key={entry.id}>
            <EntryItem entry={entry} onUpdate={onUpdate} onDelete={onDelete} />
          </li>
        ))}
      </ol>
      {hasOlder && <ShowOlderEntries onLoadOlder={onLoadOlder} />}
    </>
  );
}
