export type EntryHeadingTag = 'h4' | 'h5' | 'h6';

/**
 * The page is h1, the journal's sections h2 and each entry's title h3, so an entry's own
 * headings sit below its title: # becomes h4, ## h5, and everything deeper h6.
 */
export function entryHeadingTag(markdownLevel: number): EntryHeadingTag {
  if (markdownLevel <= 1) return 'h4';
  if (markdownLevel === 2) return 'h5';
  return 'h6';
}
