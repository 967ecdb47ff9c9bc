import { useState } from 'react';
import type { JournalEntry } from '../../shared/journal/entry';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { usePendingFocus } from '../focus/usePendingFocus';
import { EntryBody } from './EntryBody';
import { EntryEditor } from './EntryEditor';
import { EntryHeader } from './EntryHeader';
import { entryElementIds } from './entryElementIds';
import { EntryLabels } from './labels/EntryLabels';
import type { EntryDraft } from './useJournal';

interface EntryItemProps {
  entry: JournalEntry;
  /** Resolve to a problem to show, or null when done. */
  onUpdate(id: string, draft: EntryDraft): Promise<string | null>;
  /** Moves the entry to the trash; undoable, so it asks nothing first. */
  onDelete(id: string): Promise<string | null>;
}

type Mode = 'reading' | 'editing' | 'deleting';

export function EntryItem({ entry, onUpdate, onDelete }: EntryItemProps) {
  const [mode, setMode] = useState<Mode>('reading');
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  const focusLater = usePendingFocus();
  const ids = entryElementIds(entry.id);
  // Pauses and resets are records of a moment, kept as they were; only free entries are edited.
  const editable = entry.kind === 'free';

  function backToReading(focusId: string): void {
    setMode('reading');
    focusLater(focusId);
  }

  async function saveChanges(draft: EntryDraft): Promise<string | null> {
    const problem = await onUpdate(entry.id, draft);
    if (problem === null) backToReading(ids.article);
    return problem;
  }

  async function moveToTrash(): Promise<void> {
    if (mode === 'deleting') return;
    setMode('deleting');
    const problem = await onDelete(entry.id);
    // On success this entry leaves the list; only a failure comes back here.
    if (problem !== null) {
      setMode('reading');
      setDeleteProblem(problem);
    }
  }

  return (
    <article id={ids.article} className="entry" tabIndex={-1} aria-labelledby={ids.heading}>
      <EntryHeader entry={entry} headingId={ids.heading} />
      {mode === 'editing' ? (
        <EntryEditor
          idPrefix={ids.editor}
          formLabel="Edit entry"
          textLabel="Entry"
          saveLabel="Save changes"
          initial={{ title: entry.title, text: entry.text, tags: entry.tags, values: entry.values }}
          onSave={saveChanges}
          onCancel={() => backToReading(ids.editButton)}
          focusOnOpen
        />
      ) : (
        <>
          <EntryBody entry={entry} />
          <EntryLabels entry={entry} />
        </>
      )}
      {mode !== 'editing' && (
        <div className="entry-actions">
          {editable && (
            <button type="button" id={ids.editButton} className="button quiet" aria-describedby={ids.heading} onClick={() => setMode('editing')}>
              Edit
            </button>
          )}
          <button
            type="button"
            id={ids.deleteButton}
            className="button quiet"
            aria-describedby={deleteProblem === null ? ids.heading : `${ids.heading} ${ids.deleteProblem}`}
            aria-disabled={mode === 'deleting'}
            onClick={moveToTrash}
          >
            {mode === 'deleting' ? 'Deleting…' : 'Delete'}
          </button>
        </div>
      )}
      <ProblemMessage id={ids.deleteProblem} problem={deleteProblem} />
    </article>
  );
}
