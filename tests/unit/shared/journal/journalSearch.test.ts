import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/journal/entry';
import {
  highlightSegments,
  matchEntry,
  parseQuery,
  searchableFields,
  searchableText,
  type SearchField,
} from '../../../../shared/journal/journalSearch';
import { clusterEnd, fold } from '../../../../shared/journal/textFold';
import { sampleEntry } from '../../../helpers/sampleEntry';
import { entryArbitrary, nastyText } from './journalArbitraries';

/** What each match highlights, as text: `field[index]: piece | piece`. */
function highlighted(entry: JournalEntry, query: string): string[] | null {
  const match = matchEntry(entry, parseQuery(query));
  if (!match) return null;
  const texts = searchableFields(entry);
  return match.fields.map(({ field, index, ranges }) => {
    const source = texts.find((candidate) => candidate.field === field && candidate.index === index)!.text;
    const label = index === undefined ? field : `${field}[${index}]`;
    return `${label}: ${ranges.map(([start, end]) => source.slice(start, end)).join(' | ')}`;
  });
}

const pause = sampleEntry({
  kind: 'pause',
  title: 'Morning',
  text: 'Breathing slowly before the meeting.',
  feeling: { pleasantness: 2, energy: -3, word: 'unhurried' },
  prompt: { id: 'p1', text: 'What is asking for your attention?' },
  shift: 'Take the stairs',
  tags: ['work', 'self-care'],
  values: ['Honesty'],
});

const reset = sampleEntry({
  kind: 'reset',
  text: '',
  reset: { myFeeling: 'Hurt and tight', theirFeeling: 'Maybe rushed', curiousReply: 'Ask what they need' },
});

describe('searchable text', () => {
  it('covers title, text, feeling word, prompt, shift, reset answers, tags and values', () => {
    expect(searchableText(pause).split('\n')).toEqual([
      'Morning',
      'Breathing slowly before the meeting.',
      'unhurried',
      'What is asking for your attention?',
      'Take the stairs',
      'work',
      'self-care',
      'Honesty',
    ]);
    expect(searchableFields(reset).map((field) => field.field)).toEqual(['myFeeling', 'theirFeeling', 'curiousReply']);
  });
});

describe('query parsing', () => {
  it('splits words, keeps "quoted phrases" whole, accepts typographic quotes and an unclosed quote', () => {
    expect(parseQuery('  tired   "at ease"  “so much” "open end').terms).toEqual([
      { text: 'tired', phrase: false, words: ['tired'] },
      { text: 'at ease', phrase: true, words: ['at', 'ease'] },
      { text: 'so much', phrase: true, words: ['so', 'much'] },
      { text: 'open end', phrase: true, words: ['open', 'end'] },
    ]);
  });

  it('folds case and accents in the query and drops what folds to nothing', () => {
    expect(parseQuery('CAFÉ Naïve "" \u0301').terms.map((term) => term.words)).toEqual([['cafe'], ['naive']]);
  });

  it('an empty query matches everything and highlights nothing', () => {
    expect(matchEntry(pause, parseQuery('   '))).toEqual({ fields: [] });
  });
});

describe('matching', () => {
  it('ANDs the words, each anywhere in the entry', () => {
    expect(highlighted(pause, 'breathing stairs')).toEqual(['text: Breathing', 'shift: stairs']);
    expect(highlighted(pause, 'breathing elephants')).toBeNull();
  });

  it('finds parts of words and every occurrence', () => {
    expect(highlighted(pause, 'the')).toEqual(['text: the', 'shift: the']);
    expect(highlighted(sampleEntry({ text: 'tea, more tea, TEA' }), 'tea')).toEqual(['text: tea | tea | TEA']);
  });

  it('matches a phrase only with its words together and in order, across any whitespace', () => {
    expect(highlighted(pause, '"before the meeting"')).toEqual(['text: before the meeting']);
    expect(highlighted(pause, '"the before"')).toBeNull();
    expect(highlighted(sampleEntry({ text: 'at\n  ease' }), '"at ease"')).toEqual(['text: at\n  ease']);
  });

  it('searches the feeling word, prompt, tags, values and reset answers, saying which tag', () => {
    expect(highlighted(pause, 'unhurried attention care honesty')).toEqual([
      'feeling: unhurried',
      'prompt: attention',
      'tags[1]: care',
      'values[0]: Honesty',
    ]);
    expect(highlighted(reset, 'hurt rushed need')).toEqual(['myFeeling: Hurt', 'theirFeeling: rushed', 'curiousReply: need']);
  });

  it('does not match across two fields', () => {
    expect(highlighted(pause, '"work self"')).toBeNull();
  });

  it('ignores case and accents both ways, highlighting the original letters', () => {
    const entry = sampleEntry({ title: 'Café', text: 'So NAÏVE, cafe\u0301 and İstanbul, Straße, Øresund' });
    expect(highlighted(entry, 'cafe')).toEqual(['title: Café', 'text: cafe\u0301']);
    expect(highlighted(entry, 'café')).toEqual(['title: Café', 'text: cafe\u0301']);
    expect(highlighted(entry, 'naive')).toEqual(['text: NAÏVE']);
    expect(highlighted(entry, 'istanbul strasse oresund')).toEqual(['text: İstanbul | Straße | Øresund']);
  });

  it('maps offsets back when folding changes lengths', () => {
    const text = 'e\u0301e\u0301 Straße ok';
    const match = matchEntry(sampleEntry({ text }), parseQuery('ok'))!;
    expect(match.fields[0]!.ranges).toEqual([[text.indexOf('ok'), text.length]]);
  });

  it('finds emoji, whole sequences and with or without the emoji variation selector', () => {
    const entry = sampleEntry({ text: 'Coding 👩‍💻 all day ❤️ and 👍🏽 🇩🇪' });
    expect(highlighted(entry, '👩‍💻')).toEqual(['text: 👩‍💻']);
    expect(highlighted(entry, '💻')).toEqual(['text: 👩‍💻']);
    expect(highlighted(entry, '❤')).toEqual(['text: ❤️']);
    expect(highlighted(entry, '👍')).toEqual(['text: 👍🏽']);
    expect(highlighted(entry, '🇩🇪')).toEqual(['text: 🇩🇪']);
    expect(highlighted(entry, '🙂')).toBeNull();
  });

  it('finds Hebrew and Arabic with or without vowel points, and inside longer words', () => {
    const entry = sampleEntry({ text: 'אמרתי שָׁלוֹם לכולם. قلت السَّلامُ عليكم وأحمد' });
    expect(highlighted(entry, 'שלום')).toEqual(['text: שָׁלוֹם']);
    expect(highlighted(entry, 'לכ')).toEqual(['text: לכ']);
    expect(highlighted(entry, 'السلام عليكم')).toEqual(['text: السَّلامُ | عليكم']);
    expect(highlighted(entry, 'احمد')).toEqual(['text: أحمد']); // hamza on alef is folded like a mark
  });

  it('finds CJK without spaces, and keeps marks that make a different kana', () => {
    const entry = sampleEntry({ text: '今日はとても静かな朝でした。がんばった。' });
    expect(highlighted(entry, '静か')).toEqual(['text: 静か']);
    expect(highlighted(entry, '"とても 静か"')).toBeNull();
    expect(highlighted(entry, 'かんはった')).toBeNull();
    expect(highlighted(entry, 'がんばった')).toEqual(['text: がんばった']);
    expect(highlighted(sampleEntry({ text: 'が'.normalize('NFD') }), 'が')).toEqual([`text: ${'が'.normalize('NFD')}`]);
  });

  it('handles a 100 KB entry with a very long line', () => {
    const filler = 'I didn’t notice how tense I was — “really” tense. שָׁלוֹם 😀 '.repeat(1700);
    const text = `${filler}needle at the very end`;
    expect(text.length).toBeGreaterThan(100_000);
    const match = matchEntry(sampleEntry({ text }), parseQuery('"needle at the very end" שלום'))!;
    const ranges = match.fields[0]!.ranges;
    expect(ranges).toHaveLength(1701);
    expect(text.slice(...ranges[ranges.length - 1]!)).toBe('needle at the very end');
    expect(text.slice(...ranges[0]!)).toBe('שָׁלוֹם');
  });
});

describe('highlight segments', () => {
  it('cut the text into plain and marked pieces, merging overlapping and touching ranges', () => {
    expect(highlightSegments('hello world', [[6, 11], [0, 2], [1, 3], [3, 4]])).toEqual([
      { text: 'hell', match: true },
      { text: 'o ', match: false },
      { text: 'world', match: true },
    ]);
  });

  it('clamp ranges to the text and ignore empty ones', () => {
    expect(highlightSegments('abc', [[-2, 1], [2, 99], [1, 1]])).toEqual([
      { text: 'a', match: true },
      { text: 'b', match: false },
      { text: 'c', match: true },
    ]);
    expect(highlightSegments('', [[0, 3]])).toEqual([]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', match: false }]);
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('search properties', () => {
  const fieldText = (entry: JournalEntry, field: SearchField, index: number | undefined) =>
    searchableFields(entry).find((candidate) => candidate.field === field && candidate.index === index)!.text;

  /** Cut at cluster boundaries: a letter cut from the mark that makes it a different letter is not the same letter. */
  const clusters = (text: string) => {
    const pieces: string[] = [];
    for (let start = 0; start < text.length; start = clusterEnd(text, start)) pieces.push(text.slice(start, clusterEnd(text, start)));
    return pieces;
  };

  it('a piece of any field finds its entry; every range lies inside its field and holds a term', () => {
    const withQuery = entryArbitrary.chain((entry) => {
      const texts = searchableFields(entry).map((field) => field.text);
      if (texts.length === 0) return fc.constant({ entry, query: '' });
      return fc
        .record({ text: fc.constantFrom(...texts), from: fc.nat(), size: fc.integer({ min: 1, max: 12 }), quoted: fc.boolean() })
        .map(({ text, from, size, quoted }) => {
          const chars = clusters(text);
          const start = from % chars.length;
          const piece = chars.slice(start, start + size).join('');
          return { entry, query: quoted && !/["“”„]/.test(piece) ? `"${piece}"` : piece };
        });
    });
    fc.assert(
      fc.property(withQuery, ({ entry, query }) => {
        const parsed = parseQuery(query);
        const match = matchEntry(entry, parsed);
        expect(match).not.toBeNull();
        for (const { field, index, ranges } of match!.fields) {
          const source = fieldText(entry, field, index);
          let previousEnd = -1;
          for (const [start, end] of ranges) {
            expect(start).toBeGreaterThan(previousEnd);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(source.length);
            previousEnd = end;
            const folded = fold(source.slice(start, end));
            const holdsTerm = parsed.terms.some((term) => new RegExp(term.words.map(escapeRegExp).join('\\s+'), 'u').test(folded));
            expect(holdsTerm, `${JSON.stringify(source.slice(start, end))} for ${JSON.stringify(query)}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('highlight segments always join back to the text, never two marked pieces in a row', () => {
    const withRanges = nastyText(40).chain((text) =>
      fc.record({
        text: fc.constant(text),
        ranges: fc.array(fc.tuple(fc.integer({ min: -2, max: text.length + 2 }), fc.integer({ min: -2, max: text.length + 2 }))),
      }),
    );
    fc.assert(
      fc.property(withRanges, ({ text, ranges }) => {
        const segments = highlightSegments(text, ranges);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        segments.forEach((segment, i) => {
          expect(segment.text.length).toBeGreaterThan(0);
          if (i > 0) expect(segment.match).not.toBe(segments[i - 1]!.match);
        });
      }),
    );
  });
});
