import { useState } from 'react';
import type { JournalEntry } from '../../shared/journal/entry';
import { usePendingFocus } from '../focus/usePendingFocus';
import { DeleteConfirmation } from './DeleteConfirmation';
import { EntryBody } from './EntryBody';
import { EntryEditor } from './EntryEditor';
import { EntryHeader } from './EntryHeader';
import { entryElementIds } from './entryElementIds';
import type { EntryDraft } from './useJournal';

interface EntryItemProps {
  entry: JournalEntry;
  /** Resolve to a problem to show, or null when done. */
  onUpdate(id: string, draft: EntryDraft): Promise<string | null>;
  onDelete(id: string): Promise<string | null>;
}

type Mode = 'reading' | 'editing' | 'confirmingDelete';

export function EntryItem({ entry, onUpdate, onDelete }: EntryItemProps) {
  const [mode, setMode] = useState<Mode>('reading');
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

  return (
    <article id={ids.article} className="entry" tabIndex={-1} aria-labelledby={ids.heading}>
      <EntryHeader entry={entry} headingId={ids.heading} />
      {mode === 'editing' ? (
        <EntryEditor
          idPrefix={ids.editor}
          formLabel="Edit entry"
          textLabel="Entry"
          saveLabel="Save changes"
          initial={{ title: entry.title, text: entry.text }}
          onSave={saveChanges}
          onCancel={() => backToReading(ids.editButton)}
          focusOnOpen
        />
      ) : (
        <EntryBody entry={entry} />
      )}
      {mode === 'reading' && (
        <div className="entry-actions">
          {editable && (
            <button type="button" id={ids.editButton} className="button quiet" aria-describedby={ids.heading} onClick={() => setMode('editing')}>
              Edit
            </button>
          )}
          <button type="button" id={ids.deleteButton} className="button quiet" aria-describedby={ids.heading} onClick={() => setMode('confirmingDelete')}>
            Delete
          </button>
        </div>
      )}
      {mode === 'confirmingDelete' && (
        <DeleteConfirmation onConfirm={() => onDelete(entry.id)} onKeep={() => backToReading(ids.deleteButton)} />
      )}
    </article>
  );
}
