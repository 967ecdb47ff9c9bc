/** Element ids for one entry in the trash, apart from the journal's so both pages can never clash. */
export function trashElementIds(entryId: string) {
  const base = `trashed-${entryId}`;
  return {
    article: base,
    heading: `${base}-heading`,
    dates: `${base}-dates`,
    restoreButton: `${base}-restore`,
    deleteForeverButton: `${base}-delete-forever`,
    problem: `${base}-problem`,
  };
}
