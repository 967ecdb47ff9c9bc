import type { Locator, Page } from '@playwright/test';

/** Role and label locators for the Trash (`#/journal/trash`). */
export function trash(page: Page) {
  const list = page.getByRole('list', { name: 'Deleted entries, most recent first' });
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Trash' }),
    list,
    entries: list.getByRole('article'),
    entryTitles: list.getByRole('heading', { level: 3 }),
    entry: (name: string): Locator => list.getByRole('article', { name, exact: true }),
    emptyState: page.getByText('The trash is empty.'),
    backToJournal: page.getByRole('link', { name: 'Back to your journal' }),
  };
}
