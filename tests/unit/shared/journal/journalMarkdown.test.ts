import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resetQuestions } from '../../../../renderer/reset/resetQuestions';
import {
  entryMarkdown,
  markdownExport,
  markdownFileName,
  markdownFolderName,
  resetQuestionHeadings,
} from '../../../../shared/journal/journalMarkdown';
import { toWellFormed } from '../../../../shared/journal/yamlFrontMatter';
import { sampleEntry } from '../../../helpers/sampleEntry';
import { readFrontMatter } from './frontMatterReader';
import { entryArbitrary } from './journalArbitraries';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

describe('Markdown for one entry', () => {
  it('is front matter, a blank line and the text for a free entry', () => {
    const entry = sampleEntry({ title: 'Shoulders: up', tags: ['body'], values: ['Self-care'] });
    expect(entryMarkdown(entry)).toBe(
      [
        '---',
        'id: "3f0c8d4e-4a51-4c36-9d5e-2b8e7f6a1c00"',
        'kind: free',
        'title: "Shoulders: up"',
        'created: 2026-11-20T08:00:00.000Z',
        'updated: 2026-11-20T08:00:00.000Z',
        'tags:',
        '  - body',
        'values:',
        '  - Self-care',
        'feeling: null',
        '---',
        '',
        'Noticed my shoulders were up by my ears.',
        '',
      ].join('\n'),
    );
  });

  it('gives a pause its parts under the journal’s own headings', () => {
    const entry = sampleEntry({
      kind: 'pause',
      text: 'Slower now.',
      feeling: { pleasantness: 2, energy: -3, word: 'unhurried' },
      prompt: { id: 'p', text: 'What is here right now?' },
      shift: 'Walk to the window',
    });
    expect(readFrontMatter(entryMarkdown(entry)).body).toBe(
      [
        '',
        '## Feeling',
        '',
        'unhurried · Pleasant, low energy',
        '',
        '## Prompt',
        '',
        'What is here right now?',
        '',
        '## Reflection',
        '',
        'Slower now.',
        '',
        '## Small shift',
        '',
        'Walk to the window',
        '',
      ].join('\n'),
    );
  });

  it('gives a reset its three questions, leaving out unanswered ones', () => {
    const entry = sampleEntry({
      kind: 'reset',
      text: '',
      reset: { myFeeling: 'Tight in the chest.', theirFeeling: '  ', curiousReply: 'Ask what they need.' },
    });
    const { body } = readFrontMatter(entryMarkdown(entry));
    expect(body).toContain('## What am I feeling?\n\nTight in the chest.\n');
    expect(body).not.toContain(resetQuestionHeadings.theirFeeling);
    expect(body).toContain('## How could I answer with curiosity instead of defence?\n\nAsk what they need.\n');
    expect(body).not.toContain('## Notes');
  });

  it('uses the questions exactly as the Reset window asks them', () => {
    for (const { field, question } of resetQuestions) expect(resetQuestionHeadings[field]).toBe(question);
  });

  it('keeps every field in the front matter for any entry', () => {
    fc.assert(
      fc.property(entryArbitrary, (entry) => {
        const { data } = readFrontMatter(entryMarkdown(entry));
        expect(data).toEqual({
          id: entry.id,
          kind: entry.kind,
          title: toWellFormed(entry.title),
          created: entry.createdAt,
          updated: entry.updatedAt,
          tags: entry.tags,
          values: entry.values,
          feeling: entry.feeling && { ...entry.feeling, word: entry.feeling.word && toWellFormed(entry.feeling.word) },
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown file names', () => {
  it('start with the local date and time, then the title and the start of the id', () => {
    const entry = sampleEntry({ title: 'Morning walk' });
    expect(markdownFileName(entry, 'Europe/Berlin')).toBe('2026-11-20 09.00 Morning walk (3f0c8d4e).md');
    expect(markdownFileName(entry, 'America/Los_Angeles')).toBe('2026-11-20 00.00 Morning walk (3f0c8d4e).md');
    expect(markdownFolderName(entry, 'Pacific/Kiritimati')).toBe('2026-11');
    expect(markdownFolderName(sampleEntry({ createdAt: '2026-11-30T23:00:00.000Z' }), 'Europe/Berlin')).toBe('2026-12');
  });

  it('fall back to the first line, then to the kind', () => {
    expect(markdownFileName(sampleEntry({ text: '\n  # First line\nsecond' }), 'UTC')).toBe('2026-11-20 08.00 First line (3f0c8d4e).md');
    expect(markdownFileName(sampleEntry({ kind: 'reset', text: '' }), 'UTC')).toBe('2026-11-20 08.00 Reset before responding (3f0c8d4e).md');
    expect(markdownFileName(sampleEntry({ title: '???', text: '' }), 'UTC')).toBe('2026-11-20 08.00 Journal entry (3f0c8d4e).md');
  });

  it('drop what Windows, Obsidian links or a direction override would trip on', () => {
    const name = markdownFileName(sampleEntry({ title: 'a/b\\c:d*e?f"g<h>i|j #k [l] ^m\u202etxt.exe. ' }), 'UTC');
    expect(name).toBe('2026-11-20 08.00 a b c d e f g h i j k l m txt.exe (3f0c8d4e).md');
  });

  it('stay short in bytes, even for long emoji and right-to-left titles', () => {
    const name = markdownFileName(sampleEntry({ title: '👩‍💻'.repeat(60) }), 'UTC');
    expect(utf8Bytes(name)).toBeLessThanOrEqual(255);
    expect(name).not.toMatch(/\u200d \(/);
    expect(markdownFileName(sampleEntry({ title: 'שלום עולם' }), 'UTC')).toBe('2026-11-20 08.00 שלום עולם (3f0c8d4e).md');
  });

  it('are safe on every system for any entry', () => {
    fc.assert(
      fc.property(entryArbitrary, (entry) => {
        const name = markdownFileName(entry, 'Asia/Kolkata');
        expect(name).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}\.\d{2} .+ \([0-9a-f]{8}\)\.md$/u);
        expect(name).not.toMatch(/[<>:"/\\|?*#^[\]\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
        expect(name).toBe(name.normalize('NFC'));
        expect(name).toBe(toWellFormed(name));
        expect(utf8Bytes(name)).toBeLessThanOrEqual(255);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown export', () => {
  it('writes live entries only, oldest first, in month folders', () => {
    const files = markdownExport(
      [
        sampleEntry({ id: '00000000-0000-4000-8000-00000000000b', title: 'Later', createdAt: '2026-12-01T10:00:00.000Z' }),
        sampleEntry({ id: '00000000-0000-4000-8000-00000000000a', title: 'Earlier' }),
        sampleEntry({ id: '00000000-0000-4000-8000-00000000000c', title: 'Trashed', deletedAt: '2026-12-02T00:00:00.000Z' }),
      ],
      'UTC',
    );
    expect(files.map((file) => file.path)).toEqual([
      '2026-11/2026-11-20 08.00 Earlier (00000000).md',
      '2026-12/2026-12-01 10.00 Later (00000000).md',
    ]);
  });

  it('never gives two files one path, even on a case-insensitive disk', () => {
    const files = markdownExport(
      [
        sampleEntry({ id: '00000000-0000-4000-8000-000000000001', title: 'Walk' }),
        sampleEntry({ id: '00000000-0000-4000-8000-000000000002', title: 'walk' }),
      ],
      'UTC',
    );
    expect(files.map((file) => file.path)).toEqual([
      '2026-11/2026-11-20 08.00 Walk (00000000).md',
      '2026-11/2026-11-20 08.00 walk (00000000-0000-4000-8000-000000000002).md',
    ]);
  });
});
