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
  // Set when Esc left an edit with changes: they were kept as a draft, and the entry says so.
  const [draftKept, setDraftKept] = useState(false);
  const focusLater = usePendingFocus();
  const ids = entryElementIds(entry.id);
  // Pauses and resets are records of a moment, kept as they were; only free entries are edited.
  const editable = entry.kind === 'free';

  function backToReading(focusId: string): void {
    setMode('reading');
    focusLater(focusId);
  }

  function startEditing(): void {
    setDraftKept(false);
    setMode('editing');
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
          initial={{ title: entry.title, text: entry.text, tags: entry.tags, values: entry.values, feeling: entry.feeling }}
          draftKey={entry.id}
          onSave={(draft) => onUpdate(entry.id, draft)}
          onSaved={() => backToReading(ids.article)}
          onCancel={({ keptDraft }) => {
            setDraftKept(keptDraft);
            backToReading(ids.editButton);
          }}
          focusOnOpen
          withFeeling={entry.kind === 'free'}
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
            <button type="button" id={ids.editButton} className="button quiet" aria-describedby={ids.heading} onClick={startEditing}>
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
      <p role="status" className="hint draft-kept">
        {draftKept && mode === 'reading' ? 'Your unsaved changes are kept as a draft. Choose Edit to pick them up.' : ''}
      </p>
      <ProblemMessage id={ids.deleteProblem} problem={deleteProblem} />
    </article>
  );
}
