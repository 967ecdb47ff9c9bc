import { expect, type Locator, type Page } from '@playwright/test';

/** Role and label locators for the journal surface, shared by the specs. */
export function journal(page: Page) {
  const newEntry = page.getByRole('form', { name: 'New entry' });
  const list = page.getByRole('list', { name: 'Entries, newest first' });

  return {
    newEntry,
    newEntryTitle: newEntry.getByLabel('Title (optional)'),
    newEntryText: newEntry.getByLabel('What are you noticing?'),
    list,
    entries: page.getByRole('article'),
    entryTitles: list.getByRole('heading', { level: 3 }),
    entry: (name: string): Locator => page.getByRole('article', { name, exact: true }),
    emptyState: page.getByText('Nothing here yet.'),
    showOlder: page.getByRole('button', { name: 'Show older entries' }),
    trashLink: page.getByRole('link', { name: 'Trash' }),
    /** The toast after a delete: a polite live region holding the message and Undo. */
    toast: page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Undo' }) }),
    undo: page.getByRole('status').getByRole('button', { name: 'Undo' }),

    /** Writes an entry the keyboard way: title, Enter, text, Ctrl/Cmd+Enter. */
    async write(title: string, text: string): Promise<Locator> {
      await this.newEntryTitle.focus();
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
      await expect(this.newEntryText).toBeFocused();
      await page.keyboard.type(text);
      await page.keyboard.press('ControlOrMeta+Enter');
      const saved = this.entries.first();
      await expect(saved).toBeFocused();
      await expect(this.newEntryText).toHaveValue('');
      return saved;
    },
  };
}
