import type { JournalEntry } from '../../shared/journal/entry';
import { ShowOlderEntries } from './ShowOlderEntries';
import { Timeline } from './timeline/Timeline';
import { useLoadOlder } from './timeline/useLoadOlder';
import type { EntryDraft } from './useJournal';

interface EntryListProps {
  entries: readonly JournalEntry[];
  hasOlder: boolean;
  onLoadOlder(): Promise<string | null>;
  onUpdate(id: string, draft: EntryDraft): Promise<string | null>;
  onDelete(id: string): Promise<string | null>;
}

/**
 * The timeline, loading older pages as the person scrolls near the end. The button stays
 * for keyboard and screen-reader users, who should not have to scroll to reach older entries.
 */
export function EntryList({ entries, hasOlder, onLoadOlder, onUpdate, onDelete }: EntryListProps) {
  const { loadOlder, loadOlderQuietly } = useLoadOlder(onLoadOlder, entries.length);
  if (entries.length === 0 && !hasOlder) {
    return <p className="empty-state">Nothing here yet. Whatever you notice today is worth a line.</p>;
  }
  return (
    <>
      <Timeline entries={entries} hasOlder={hasOlder} onNearEnd={loadOlderQuietly} onUpdate={onUpdate} onDelete={onDelete} />
      {hasOlder && <ShowOlderEntries onLoadOlder={loadOlder} />}
    </>
  );
}
