import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/journal/entry';
import { buildJournalExport, journalExportJson, journalExportSchema } from '../../../../shared/journal/journalExport';
import { applyImportPlan, parseJournalExport, planImport } from '../../../../shared/journal/journalImport';
import { sampleEntry } from '../../../helpers/sampleEntry';
import { journalArbitrary } from './journalArbitraries';

const now = Date.parse('2026-12-01T09:30:00.000Z');
const byId = (entries: readonly JournalEntry[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));

function reparse(json: string) {
  const parsed = parseJournalExport(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.export;
}

describe('the JSON export', () => {
  it('has a format, a version, the time and every entry, trash included, oldest first', () => {
    const older = sampleEntry({ id: '00000000-0000-4000-8000-000000000001', createdAt: '2026-01-01T00:00:00.000Z' });
    const trashed = sampleEntry({ id: '00000000-0000-4000-8000-000000000002', deletedAt: '2026-11-30T00:00:00.000Z' });
    const exported = buildJournalExport([trashed, older], now);
    expect(exported).toEqual({ format: 'presence-journal', version: 1, exportedAt: '2026-12-01T09:30:00.000Z', entries: [older, trashed] });
    expect(journalExportSchema.parse(exported)).toEqual(exported);
  });

  it('keeps hard text exactly: emoji, right-to-left, a lone surrogate, a 100 KB entry with one long line', () => {
    const text = `${'שָׁלוֹם 👩‍💻 «naïve» '.repeat(5200)}\ud800 end`;
    expect(text.length).toBeGreaterThan(100_000);
    const entry = sampleEntry({ title: 'مرحبا ❤️ "quoted"\n', text });
    const json = journalExportJson(buildJournalExport([entry], now));
    expect(json.endsWith('}\n')).toBe(true);
    expect(reparse(json).entries).toEqual([entry]);
  });

  it('round-trips any journal through JSON unchanged', () => {
    fc.assert(
      fc.property(journalArbitrary(), (entries) => {
        const exported = buildJournalExport(entries, now);
        expect(reparse(journalExportJson(exported))).toEqual(exported);
      }),
      { numRuns: 200 },
    );
  });

  it('export, wipe, import: the journal is the same; import again: nothing changes', () => {
    fc.assert(
      fc.property(journalArbitrary(), (journal) => {
        const file = reparse(journalExportJson(buildJournalExport(journal, now)));
        const first = planImport([], file.entries);
        const restored = applyImportPlan([], first);
        expect(byId(restored)).toEqual(byId(journal));
        expect(first.report).toMatchObject({ added: journal.length, updated: 0, skipped: 0 });
        const second = planImport(restored, file.entries);
        expect(second.toAdd).toEqual([]);
        expect(second.toUpdate).toEqual([]);
        expect(second.skipped.every((skip) => skip.reason === 'unchanged')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
