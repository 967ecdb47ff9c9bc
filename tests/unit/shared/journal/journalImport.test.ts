import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/journal/entry';
import { buildJournalExport, journalExportJson } from '../../../../shared/journal/journalExport';
import { applyImportPlan, parseJournalExport, planImport } from '../../../../shared/journal/journalImport';
import { sampleEntry } from '../../../helpers/sampleEntry';
import { entryArbitrary, journalArbitrary } from './journalArbitraries';

const idA = '00000000-0000-4000-8000-00000000000a';
const idB = '00000000-0000-4000-8000-00000000000b';
const t1 = '2026-11-20T08:00:00.000Z';
const t2 = '2026-11-21T08:00:00.000Z';
const t3 = '2026-11-22T08:00:00.000Z';

const mine = sampleEntry({ id: idA, text: 'My words', updatedAt: t2 });

function parseError(text: string): string {
  const parsed = parseJournalExport(text);
  if (parsed.ok) throw new Error('expected a refusal');
  expect(parsed.message).toMatch(/Nothing was imported\.$/);
  return parsed.message;
}

const fileWith = (envelope: Record<string, unknown>) =>
  JSON.stringify({ format: 'presence-journal', version: 1, exportedAt: t3, entries: [], ...envelope });

describe('reading an export file', () => {
  it('reads a good file, with or without a byte-order mark', () => {
    const json = journalExportJson(buildJournalExport([mine], Date.parse(t3)));
    for (const text of [json, `\ufeff${json}`]) {
      const parsed = parseJournalExport(text);
      expect(parsed.ok && parsed.export.entries).toEqual([mine]);
    }
  });

  it('refuses what is not JSON', () => {
    for (const text of ['', 'not json', '{"format": "presence-journal",', '---\ntitle: x\n---\n']) {
      expect(parseError(text)).toBe('This file is not a Presence journal export: it is not JSON. Nothing was imported.');
    }
  });

  it('refuses JSON that is not a Presence journal export', () => {
    for (const text of ['[]', 'null', '42', '{"entries": []}', '{"format": "day-one", "version": 1}', '{"format": "presence-values"}']) {
      expect(parseError(text)).toBe(
        'This file is not a Presence journal export (it has no "format": "presence-journal"). Nothing was imported.',
      );
    }
  });

  it('asks to update Presence for a file from a newer version', () => {
    expect(parseError(fileWith({ version: 2 }))).toBe(
      'This export was made by a newer version of Presence (journal export version 2; this one reads version 1). Update Presence, then import it again. Nothing was imported.',
    );
  });

  it('refuses a missing or nonsense version', () => {
    for (const version of [undefined, 0, -1, 1.5, '1', null]) {
      expect(parseError(fileWith({ version }))).toBe('This Presence journal export has no version Presence can read. Nothing was imported.');
    }
  });

  it('says which entry is wrong and why, counting from 1', () => {
    const good = sampleEntry({ id: idA });
    const tooLong = { ...sampleEntry({ id: idB }), title: 'x'.repeat(201) };
    const noKind: Record<string, unknown> = { ...sampleEntry(), id: '00000000-0000-4000-8000-00000000000c' };
    delete noKind.kind;
    expect(parseError(fileWith({ entries: [good, tooLong] }))).toBe(
      `Entry 2 of 2 (id ${idB}) is not valid: title: Too big: expected string to have <=200 characters. Nothing was imported.`,
    );
    expect(parseError(fileWith({ entries: [good, tooLong, noKind, 'text'] }))).toMatch(
      /^Entry 2 of 4 \(id .+\) is not valid: title: .+\. 2 more entries have problems too\. Nothing was imported\.$/,
    );
    expect(parseError(fileWith({ entries: [{ ...good, tags: ['ok', 'Not OK'] }] }))).toBe(
      `Entry 1 of 1 (id ${idA}) is not valid: tags[1]: A tag is lower-case letters, digits, - or _, with no spaces. Nothing was imported.`,
    );
    expect(parseError(fileWith({ entries: [{ ...good, mood: 'sunny' }] }))).toMatch(/Entry 1 of 1 .*Unrecognized key: "mood"/);
  });

  it('refuses a damaged envelope', () => {
    expect(parseError(fileWith({ entries: undefined }))).toMatch(/^This Presence journal export is damaged: entries: /);
    expect(parseError(fileWith({ exportedAt: 'yesterday' }))).toMatch(/^This Presence journal export is damaged: exportedAt: /);
    expect(parseError(fileWith({ extra: true }))).toMatch(/damaged: Unrecognized key: "extra"/);
  });
});

describe('import merge rules', () => {
  const reasons = (existing: JournalEntry[], incoming: JournalEntry[]) =>
    planImport(existing, incoming).skipped.map((skip) => skip.reason);

  it('adds an entry the journal does not have', () => {
    const plan = planImport([], [mine]);
    expect(plan.toAdd).toEqual([mine]);
    expect(plan.report).toEqual({ added: 1, addedToTrash: 0, updated: 0, skipped: 0 });
  });

  it('skips an identical entry as unchanged, whatever its key order', () => {
    const reordered = Object.fromEntries(Object.entries(mine).reverse()) as JournalEntry;
    expect(reasons([mine], [reordered])).toEqual(['unchanged']);
  });

  it('updates with newer words from the file', () => {
    const theirs = { ...mine, text: 'Edited on the laptop', updatedAt: t3 };
    const plan = planImport([mine], [theirs]);
    expect(plan.toUpdate).toEqual([theirs]);
    expect(plan.report).toEqual({ added: 0, addedToTrash: 0, updated: 1, skipped: 0 });
  });

  it('keeps newer words in the journal', () => {
    expect(reasons([mine], [{ ...mine, text: 'An older draft', updatedAt: t1 }])).toEqual(['yours is newer']);
  });

  it('keeps the journal’s version when both changed at the same moment', () => {
    expect(reasons([mine], [{ ...mine, text: 'Other words' }])).toEqual(['same time, different words: yours is kept']);
  });

  it('skips an id that appears again later in the file; the first counts', () => {
    const first = sampleEntry({ id: idB, text: 'first' });
    const second = sampleEntry({ id: idB, text: 'second', updatedAt: t3 });
    const plan = planImport([], [first, second]);
    expect(plan.toAdd).toEqual([first]);
    expect(plan.skipped).toEqual([{ id: idB, reason: 'appears twice in the file' }]);
  });

  it('puts an unknown trashed entry in the trash, not in the timeline', () => {
    const trashed = sampleEntry({ id: idB, deletedAt: t2 });
    const plan = planImport([], [trashed]);
    expect(plan.toAdd).toEqual([trashed]);
    expect(plan.report).toEqual({ added: 1, addedToTrash: 1, updated: 0, skipped: 0 });
  });

  it('never moves an entry into the trash or out of it', () => {
    const trashedInFile = { ...mine, deletedAt: t3, updatedAt: t3 };
    expect(reasons([mine], [trashedInFile])).toEqual(['only its trash state differs: yours is kept']);

    const mineTrashed = { ...mine, deletedAt: t2 };
    expect(reasons([mineTrashed], [{ ...mine, updatedAt: t3 }])).toEqual(['only its trash state differs: yours is kept']);

    // Newer words still arrive, and the entry stays where the person put it.
    const edited = { ...mine, text: 'Edited elsewhere', updatedAt: t3, deletedAt: null };
    expect(planImport([mineTrashed], [edited]).toUpdate).toEqual([{ ...edited, deletedAt: t2 }]);
    expect(planImport([mine], [{ ...edited, deletedAt: t3 }]).toUpdate).toEqual([edited]);
  });

  it('reports every entry once: added, updated or skipped', () => {
    const plan = planImport(
      [mine, sampleEntry({ id: idB, updatedAt: t2 })],
      [
        { ...mine, updatedAt: t3, text: 'newer' },
        sampleEntry({ id: idB, updatedAt: t1 }),
        sampleEntry({ id: '00000000-0000-4000-8000-00000000000c' }),
        sampleEntry({ id: '00000000-0000-4000-8000-00000000000c' }),
      ],
    );
    expect(plan.report).toEqual({ added: 1, addedToTrash: 0, updated: 1, skipped: 2 });
  });
});

describe('import merge properties', () => {
  it('importing the journal into itself changes nothing', () => {
    fc.assert(
      fc.property(journalArbitrary(), (journal) => {
        const plan = planImport(journal, journal);
        expect(plan.toAdd).toEqual([]);
        expect(plan.toUpdate).toEqual([]);
        expect(plan.skipped).toEqual(journal.map((entry) => ({ id: entry.id, reason: 'unchanged' })));
      }),
    );
  });

  // A file built from related versions of the same entries, duplicates included.
  const related = fc.tuple(journalArbitrary(6), fc.array(entryArbitrary, { maxLength: 6 })).chain(([journal, others]) => {
    const variants = journal.flatMap((entry) => [
      entry,
      { ...entry, text: `${entry.text}!`, updatedAt: '2031-06-01T00:00:00.000Z' },
      { ...entry, text: 'older', updatedAt: '2019-01-01T00:00:00.000Z' },
      { ...entry, deletedAt: entry.deletedAt ? null : '2031-06-01T00:00:00.000Z' },
    ]);
    return fc.record({
      journal: fc.constant(journal),
      file: fc.shuffledSubarray([...variants, ...others]),
    });
  });

  it('never duplicates, never loses newer words, never changes the trash, and a second import adds nothing', () => {
    fc.assert(
      fc.property(related, ({ journal, file }) => {
        const after = applyImportPlan(journal, planImport(journal, file));
        const ids = after.map((entry) => entry.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const before of journal) {
          const now = after.find((entry) => entry.id === before.id)!;
          expect(now.updatedAt >= before.updatedAt).toBe(true);
          expect(now.deletedAt).toBe(before.deletedAt);
        }
        const again = planImport(after, file);
        expect(again.toAdd).toEqual([]);
        expect(again.toUpdate).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
