/** Element ids of the find bar; there is one journal, so they are fixed. */
export const findElementIds = {
  input: 'journal-search',
  filters: 'journal-filters',
  results: 'journal-results',
} as const;

export const foundEntryHeadingId = (entryId: string) => `found-${entryId}-heading`;
