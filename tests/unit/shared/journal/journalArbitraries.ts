import fc from 'fast-check';
import { entryKinds, type JournalEntry } from '../../../../shared/journal/entry';

/** Pieces that have broken text handling before: accents both ways, emoji sequences, RTL, YAML and Markdown syntax. */
export const nastyPieces = [
  'é',
  'e\u0301',
  'Café',
  'naïve',
  'İ',
  'ß',
  '👩‍💻',
  '❤️',
  '👍🏽',
  '🇩🇪',
  'שָׁלוֹם',
  'السَّلام',
  '中文',
  'が',
  ': ',
  '"',
  "'",
  '#',
  '\\',
  '\n',
  '\t',
  ' ',
  '---',
  'yes',
  '\u2028',
  '\u0000',
];

export const nastyText = (maxLength: number) =>
  fc.string({ unit: fc.oneof(fc.constantFrom(...nastyPieces), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength });

const isoBetween = (min: string, max: string) =>
  fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((date) => date.toISOString());

const trimmedWord = nastyText(12)
  .map((text) => text.trim())
  .filter((text) => text.length > 0 && text.length <= 40);

const tag = fc.constantFrom('work', 'family', 'sleep', 'self-care', 'a_b', 'שבת', '仕事', '2026');
const value = fc.constantFrom('Honesty', 'Kindness', 'Courage', 'Family', 'Growth', 'Équilibre');

const feeling = fc.record({
  pleasantness: fc.integer({ min: -5, max: 5 }),
  energy: fc.integer({ min: -5, max: 5 }),
  word: fc.option(trimmedWord, { nil: null }),
});

export const entryArbitrary: fc.Arbitrary<JournalEntry> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    kind: fc.constantFrom(...entryKinds),
    title: nastyText(20),
    text: nastyText(60),
    feeling: fc.option(feeling, { nil: null }),
    prompt: fc.option(fc.record({ id: fc.string({ maxLength: 20 }), text: nastyText(40) }), { nil: null }),
    shift: fc.option(nastyText(30), { nil: null }),
    reset: fc.option(fc.record({ myFeeling: nastyText(20), theirFeeling: nastyText(20), curiousReply: nastyText(20) }), { nil: null }),
    tags: fc.array(tag, { maxLength: 4 }),
    values: fc.array(value, { maxLength: 3 }),
    createdAt: isoBetween('2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z'),
    updatedAt: isoBetween('2030-01-01T00:00:00Z', '2031-01-01T00:00:00Z'),
    deletedAt: fc.option(isoBetween('2031-01-01T00:00:00Z', '2032-01-01T00:00:00Z'), { nil: null }),
  })
  .filter((entry) => entry.title.length <= 200 && entry.text.length <= 200_000);

/** Entries with distinct ids, as a journal holds them. */
export const journalArbitrary = (maxLength = 8) =>
  fc.uniqueArray(entryArbitrary, { selector: (entry) => entry.id, maxLength });
