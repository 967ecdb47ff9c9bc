import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { JournalEntry } from '../../../shared/journal/entry';
import { sampleEntry } from '../../helpers/sampleEntry';

/** A free entry written at a moment, with a fresh id. */
export function entryAt(createdAt: Date, title: string, text = `Written as ${title}.`): JournalEntry {
  const iso = createdAt.toISOString();
  return sampleEntry({ id: randomUUID(), title, text, createdAt: iso, updatedAt: iso });
}

/** Writes entries straight into the journal's month files, as the app stores them; restart the backend to read them. */
export async function writeJournalMonths(dataDir: string, entries: readonly JournalEntry[]): Promise<void> {
  const months = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    const name = `${entry.createdAt.slice(0, 7)}.json`;
    months.set(name, [...(months.get(name) ?? []), entry]);
  }
  const folder = path.join(dataDir, 'journal');
  await mkdir(folder, { recursive: true });
  for (const [name, monthEntries] of months) {
    await writeFile(path.join(folder, name), JSON.stringify({ kind: 'journal-month', schemaVersion: 4, data: { entries: monthEntries } }));
  }
}

/** `count` entries, one every three hours back from now; "Entry <count>" is the newest, "Entry 1" the oldest. */
export function manyEntries(count: number): JournalEntry[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, index) => {
    const number = count - index;
    // Some entries run to several lines, so rows differ in height as real ones do.
    const text = number % 7 === 0 ? `Longer note ${number}.\n\n${'A slow breath, and another. '.repeat(12)}` : `Note ${number}.`;
    return entryAt(new Date(now - index * 3 * 60 * 60 * 1000), `Entry ${number}`, text);
  });
}
