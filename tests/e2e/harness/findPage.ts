import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { JournalEntry } from '../../../shared/journal/entry';
import { buildJournalExport, journalExportJson } from '../../../shared/journal/journalExport';
import { callPresence } from './pagePresence';
import type { PresenceHarness } from './presenceTest';

/** Role and label locators for the journal's find bar, filters and results. */
export function journalFind(page: Page) {
  const bar = page.getByRole('search', { name: 'Journal' });
  const results = page.getByRole('list', { name: 'Search results' });
  const filters = page.locator('#journal-filters');
  return {
    bar,
    input: bar.getByLabel('Search your journal'),
    filtersButton: bar.getByRole('button', { name: 'Filters' }),
    clear: bar.getByRole('button', { name: 'Clear' }),
    filters,
    choice: (name: string): Locator => filters.getByRole('checkbox', { name, exact: true }),
    value: filters.getByLabel('Value'),
    from: filters.getByLabel('From'),
    to: filters.getByLabel('To'),
    results,
    resultTitles: results.getByRole('heading', { level: 3 }),
    count: page.getByRole('status').filter({ hasText: /found|Searching/ }),
    emptyState: page.getByText('Nothing here matches that.'),

    /** Types into the search field the keyboard way. */
    async search(query: string): Promise<void> {
      await this.input.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(query);
    },

    /** Opens the Filters disclosure with the keyboard, if it is not open yet. */
    async openFilters(): Promise<void> {
      if ((await this.filtersButton.getAttribute('aria-expanded')) === 'true') return;
      await this.filtersButton.focus();
      await page.keyboard.press('Enter');
      await expect(this.filtersButton).toHaveAttribute('aria-expanded', 'true');
    },

    /** Ticks or unticks a checkbox filter with Space. */
    async toggle(name: string): Promise<void> {
      await this.choice(name).focus();
      await page.keyboard.press('Space');
    },
  };
}

/** Puts entries of any kind, feeling and date into the journal the way a backup comes back: an import. */
export async function seedEntries(page: Page, presence: PresenceHarness, entries: JournalEntry[]): Promise<void> {
  // Outside the data folder, which belongs to the backend.
  const file = path.join(tmpdir(), `presence-seed-${randomUUID()}.json`);
  await writeFile(file, journalExportJson(buildJournalExport(entries, Date.now())));
  presence.backend.desktop.files.importFile = file;
  try {
    const imported = await callPresence(page, 'importJournal');
    expect(imported.ok).toBe(true);
  } finally {
    await rm(file, { force: true });
  }
}
