import { editorFieldIds } from './editorFieldIds';

/** Element ids for one entry, so focus can be sent to it from anywhere on the page. */
export function entryElementIds(entryId: string) {
  const base = `entry-${entryId}`;
  return {
    article: base,
    heading: `${base}-heading`,
    editButton: `${base}-edit`,
    deleteButton: `${base}-delete`,
    deleteProblem: `${base}-delete-problem`,
    editor: `${base}-editor`,
  };
}

export const newEntryEditorId = 'new-entry';

/** The new-entry text field, where focus goes when there is nothing else to land on. */
export const newEntryTextId = editorFieldIds(newEntryEditorId).text;
