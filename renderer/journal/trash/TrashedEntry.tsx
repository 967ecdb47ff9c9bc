import { useState } from 'react';
import type { JournalEntry } from '../../../shared/journal/entry';
import { ProblemMessage } from '../../feedback/ProblemMessage';
import { usePendingFocus } from '../../focus/usePendingFocus';
import { EntryBody } from '../EntryBody';
import { EntryHeader } from '../EntryHeader';
import { DeleteForeverConfirmation } from './DeleteForeverConfirmation';
import { deletedText, removedForGoodText } from './trashDates';
import { trashElementIds } from './trashElementIds';

interface TrashedEntryProps {
  entry: JournalEntry;
  /** Each resolves to a problem to show, or null once done (the entry then leaves the trash). */
  onRestore(id: string): Promise<string | null>;
  onDeleteForever(id: string): Promise<string | null>;
}

/** One entry in the trash: when it goes for good, and the two ways out. */
export function TrashedEntry({ entry, onRestore, onDeleteForever }: TrashedEntryProps) {
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const focusLater = usePendingFocus();
  const ids = trashElementIds(entry.id);

  async function restore(): Promise<void> {
    if (restoring) return;
    setRestoring(true);
    const outcome = await onRestore(entry.id);
    setRestoring(false);
    setProblem(outcome);
  }

  function keep(): void {
    setConfirming(false);
    focusLater(ids.deleteForeverButton);
  }

  return (
    <article id={ids.article} className="entry trashed-entry" tabIndex={-1} aria-labelledby={ids.heading} aria-describedby={ids.dates}>
      <EntryHeader entry={entry} headingId={ids.heading} />
      <p id={ids.dates} className="trash-dates">
        {deletedText(entry)}; {removedForGoodText(entry)}.
      </p>
      <EntryBody entry={entry} />
      {confirming ? (
        <DeleteForeverConfirmation onConfirm={() => onDeleteForever(entry.id)} onKeep={keep} />
      ) : (
        <div className="entry-actions">
          <button
            type="button"
            id={ids.restoreButton}
            className="button quiet"
            aria-describedby={problem === null ? ids.heading : `${ids.heading} ${ids.problem}`}
            aria-disabled={restoring}
            onClick={restore}
          >
            {restoring ? 'Restoring…' : 'Restore'}
          </button>
          <button
            type="button"
            id={ids.deleteForeverButton}
            className="button quiet"
            aria-describedby={ids.heading}
            onClick={() => setConfirming(true)}
          >
            Delete forever
          </button>
        </div>
      )}
      <ProblemMessage id={ids.problem} problem={problem} />
    </article>
  );
}
