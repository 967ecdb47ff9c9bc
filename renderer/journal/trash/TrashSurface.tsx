import { useState } from 'react';
import { trashRetentionDays } from '../../../shared/journal/trashRetention';
import { ProblemMessage } from '../../feedback/ProblemMessage';
import { surfaceHeadingId } from '../../focus/surfaceHeading';
import { usePendingFocus } from '../../focus/usePendingFocus';
import { describeFailure } from '../../ipc/describeFailure';
import { journalHref } from '../journalAddresses';
import { TrashedEntry } from './TrashedEntry';
import { trashElementIds } from './trashElementIds';
import { useTrash } from './useTrash';

/** The Trash (`#/journal/trash`): deleted entries, until they are restored or their time is up. */
export function TrashSurface() {
  const { state, reload, restore, deleteForever } = useTrash();
  const focusLater = usePendingFocus();
  const [announcement, setAnnouncement] = useState('');

  /** When an entry leaves the list, focus goes to the next one (or the one before), else the heading. */
  function focusAfterLeaving(id: string): void {
    const position = state.entries.findIndex((entry) => entry.id === id);
    const neighbour = state.entries[position + 1] ?? state.entries[position - 1];
    focusLater(neighbour ? trashElementIds(neighbour.id).article : surfaceHeadingId);
  }

  async function restoreEntry(id: string): Promise<string | null> {
    const result = await restore(id);
    if (!result.ok) return describeFailure(result.error);
    setAnnouncement('Restored to your journal.');
    focusAfterLeaving(id);
    return null;
  }

  async function deleteEntryForever(id: string): Promise<string | null> {
    const result = await deleteForever(id);
    if (!result.ok) return describeFailure(result.error);
    setAnnouncement('Deleted for good.');
    focusAfterLeaving(id);
    return null;
  }

  return (
    <div className="trash">
      <h1 id={surfaceHeadingId} tabIndex={-1}>
        Trash
      </h1>
      <p className="surface-intro">
        Entries you delete wait here for {trashRetentionDays} days, then they are removed for good. Until then, you can
        restore any of them to your journal.
      </p>
      <p className="back-link">
        <a href={journalHref}>Back to your journal</a>
      </p>
      <section className="entries" aria-label="In the trash">
        {state.phase === 'loading' && state.entries.length === 0 && <p className="quiet-text">Looking in the trash…</p>}
        {state.phase === 'failed' && (
          <div className="load-failed">
            <ProblemMessage id="trash-load-problem" problem={state.problem} />
            <button type="button" className="button" onClick={reload}>
              Try again
            </button>
          </div>
        )}
        {state.phase === 'ready' && state.entries.length === 0 && (
          <p className="empty-state">The trash is empty.</p>
        )}
        {state.entries.length > 0 && (
          <ol className="entry-list" aria-label="Deleted entries, most recent first">
            {state.entries.map((entry) => (
              <li key={entry.id}>
                <TrashedEntry entry={entry} onRestore={restoreEntry} onDeleteForever={deleteEntryForever} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
