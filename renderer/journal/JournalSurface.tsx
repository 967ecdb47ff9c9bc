import { useState } from 'react';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { UndoToast, type UndoableChange } from '../feedback/UndoToast';
import { surfaceHeadingId } from '../focus/surfaceHeading';
import { usePendingFocus } from '../focus/usePendingFocus';
import { describeFailure } from '../ipc/describeFailure';
import { EntryList } from './EntryList';
import { FindBar } from './find/FindBar';
import { FindResults } from './find/FindResults';
import { useJournalFind } from './find/useJournalFind';
import { NewEntry } from './NewEntry';
import { entryElementIds, newEntryTextId } from './entryElementIds';
import { trashHref } from './journalAddresses';
import { useJournal, type EntryDraft } from './useJournal';

export function JournalSurface() {
  const journal = useJournal();
  const find = useJournalFind();
  const focusLater = usePendingFocus();
  const [announcement, setAnnouncement] = useState('');
  /** The entry most recently moved to the trash, while its Undo is offered. */
  const [lastTrashed, setLastTrashed] = useState<(UndoableChange & { id: string }) | null>(null);

  async function createEntry(draft: EntryDraft): Promise<string | null> {
    const result = await journal.create(draft);
    if (!result.ok) return describeFailure(result.error);
    setAnnouncement('Entry saved.');
    focusLater(entryElementIds(result.value.id).article, surfaceHeadingId);
    return null;
  }

  async function updateEntry(id: string, draft: EntryDraft): Promise<string | null> {
    const result = await journal.update(id, draft);
    if (!result.ok) return describeFailure(result.error);
    setAnnouncement('Changes saved.');
    return null;
  }

  /** Focus moves to the first entry that arrived, so reading carries on from there. */
  async function loadOlderEntries(): Promise<string | null> {
    const result = await journal.loadOlder();
    if (!result.ok) return describeFailure(result.error);
    const firstArrived = result.value[0];
    if (firstArrived) focusLater(entryElementIds(firstArrived.id).article);
    return null;
  }

  /** The toast says what happened (and is announced); focus goes to the next entry, never to the toast. */
  async function deleteEntry(id: string): Promise<string | null> {
    const position = journal.entries.findIndex((entry) => entry.id === id);
    const neighbour = journal.entries[position + 1] ?? journal.entries[position - 1];
    const result = await journal.moveToTrash(id);
    if (!result.ok) return describeFailure(result.error);
    setLastTrashed({ id, key: `${id}@${result.value.deletedAt}`, message: 'Moved to the trash.' });
    focusLater(neighbour ? entryElementIds(neighbour.id).article : newEntryTextId);
    return null;
  }

  /** Undo puts the entry back in its place, and focus with it. */
  async function undoDelete(): Promise<string | null> {
    if (!lastTrashed) return null;
    const result = await journal.restore(lastTrashed.id);
    if (!result.ok) return describeFailure(result.error);
    setLastTrashed(null);
    setAnnouncement('The entry is back in your journal.');
    focusLater(entryElementIds(result.value.id).article, surfaceHeadingId);
    return null;
  }

  return (
    <div className="journal">
      <h1 id={surfaceHeadingId} tabIndex={-1}>
        Journal
      </h1>
      <p className="surface-intro">A private place for what you notice. It stays on this computer.</p>
      <FindBar find={find} />
      <NewEntry onSave={createEntry} />
      <section className="entries" aria-labelledby="entries-heading">
        <div className="section-header">
          <h2 id="entries-heading" className="section-heading">
            Your entries
          </h2>
          <a href={trashHref} className="quiet-link">
            Trash
          </a>
        </div>
        {/* While a search or filter is on, its results stand in for the timeline. */}
        {find.active && <FindResults outcome={find.outcome} />}
        {!find.active && journal.phase === 'loading' && <p className="quiet-text">Gathering your entries…</p>}
        {!find.active && journal.phase === 'failed' && (
          <div className="load-failed">
            <ProblemMessage id="journal-load-problem" problem={journal.problem} />
            <button type="button" className="button" onClick={journal.reload}>
              Try again
            </button>
          </div>
        )}
        {!find.active && journal.phase === 'ready' && (
          <EntryList
            entries={journal.entries}
            hasOlder={journal.nextCursor !== null}
            onLoadOlder={loadOlderEntries}
            onUpdate={updateEntry}
            onDelete={deleteEntry}
          />
        )}
      </section>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <UndoToast change={lastTrashed} onUndo={undoDelete} onExpire={() => setLastTrashed(null)} />
    </div>
  );
}
