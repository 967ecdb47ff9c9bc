import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { journalMonthDocument, monthFileNameFor } from '../../electron/core/journal/journalMonthDocument';
import { encodeDocument } from '../../electron/core/store/documentType';
import type { JournalEntry } from '../../shared/journal/entry';
import { sampleEntry } from '../helpers/sampleEntry';

const words = 'breath noticed tension softened kindness boundary tired hopeful honest patience said yes meant no walked slowly listened'.split(' ');

function sentence(length: number, seed: number): string {
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += `${words[(seed + i * 7) % words.length]} `;
  return text.slice(0, length);
}

/** Writes `count` entries of ~500 characters spread evenly over `years`, straight into month files. */
export async function writeSampleJournal(dataDir: string, count: number, years: number, endMs: number): Promise<void> {
  const spanMs = years * 365 * 24 * 60 * 60 * 1000;
  const months = new Map<string, JournalEntry[]>();
  for (let i = 0; i < count; i += 1) {
    const createdAt = new Date(endMs - spanMs + Math.floor((spanMs * i) / Math.max(count, 1))).toISOString();
    const entry = sampleEntry({ id: randomUUID(), title: `Entry ${i}`, text: sentence(500, i), createdAt, updatedAt: createdAt });
    const name = monthFileNameFor(createdAt);
    months.set(name, [...(months.get(name) ?? []), entry]);
  }
  await mkdir(path.join(dataDir, 'journal'), { recursive: true });
  for (const [name, entries] of months) {
    await writeFile(path.join(dataDir, 'journal', name), JSON.stringify(encodeDocument(journalMonthDocument, { entries })));
  }
}
