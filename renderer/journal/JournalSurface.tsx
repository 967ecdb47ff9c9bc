import { useState } from 'react';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { surfaceHeadingId } from '../focus/surfaceHeading';
import { usePendingFocus } from '../focus/usePendingFocus';
import { describeFailure } from '../ipc/describeFailure';
import { EntryList } from './EntryList';
import { NewEntry } from './NewEntry';
import { entryElementIds, newEntryTextId } from './entryElementIds';
import { useJournal, type EntryDraft } from './useJournal';

export function JournalSurface() {
  const journal = useJournal();
  const focusLater = usePendingFocus();
  const [announcement, setAnnouncement] = useState('');

  async function createEntry(draft: EntryDraft): Promise<string | null> {
    const result = await journal.create(draft);
    if (!result.ok) return describeFailure(result.error);
    setAnnouncement('Entry saved.');
    focusLater(entryElementIds(result.value.id).article);
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

  async function deleteEntry(id: string): Promise<string | null> {
    const position = journal.entries.findIndex((entry) => entry.id === id);
    const neighbour = journal.entries[position + 1] ?? journal.entries[position - 1];
    const result = await journal.remove(id);
    if (!result.ok) return describeFailure(result.error);
    setAnnouncement('Entry deleted.');
    focusLater(neighbour ? entryElementIds(neighbour.id).article : newEntryTextId);
    return null;
  }

  return (
    <div className="journal">
      <h1 id={surfaceHeadingId} tabIndex={-1}>
        Journal
      </h1>
      <p className="surface-intro">A private place for what you notice. It stays on this computer.</p>
      <NewEntry onSave={createEntry} />
      <section className="entries" aria-labelledby="entries-heading">
        <h2 id="entries-heading" className="section-heading">
          Your entries
        </h2>
        {journal.phase === 'loading' && <p className="quiet-text">Gathering your entries…</p>}
        {journal.phase === 'failed' && (
          <div className="load-failed">
            <ProblemMessage id="journal-load-problem" problem={journal.problem} />
            <button type="button" className="button" onClick={journal.reload}>
              Try again
            </button>
          </div>
        )}
        {journal.phase === 'ready' && (
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
    </div>
  );
}
