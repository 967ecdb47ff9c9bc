import { EntryEditor } from './EntryEditor';
import { newEntryEditorId } from './entryElementIds';
import type { EntryDraft } from './useJournal';

const blankDraft: EntryDraft = { title: '', text: '', tags: [], values: [] };

/** The always-open place to write something down. */
export function NewEntry({ onSave }: { onSave(draft: EntryDraft): Promise<string | null> }) {
  return (
    <section className="card new-entry" aria-labelledby="new-entry-heading">
      <h2 id="new-entry-heading" className="section-heading">
        New entry
      </h2>
      <EntryEditor
        idPrefix={newEntryEditorId}
        formLabel="New entry"
        textLabel="What are you noticing?"
        saveLabel="Save entry"
        initial={blankDraft}
        draftKey="new"
        onSave={onSave}
        clearAfterSave
        withFeeling
        withTemplates
      />
    </section>
  );
}

