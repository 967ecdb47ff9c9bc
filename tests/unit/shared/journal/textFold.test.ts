import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterEnd, fold, foldText, originalRange } from '../../../../shared/journal/textFold';
import { nastyText } from './journalArbitraries';

function clusters(text: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start = clusterEnd(text, start)) pieces.push(text.slice(start, clusterEnd(text, start)));
  return pieces;
}

const anyText = fc.oneof(
  nastyText(40),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', 'Σ', 'e', '\u0301', '\u200d', '👩', '🏽', '🇩', '\ud800', 'ß', 'İ', '\u0640', 'ᄒ', 'ᅡ', 'ᆫ', ' ') }),
);

describe('folding', () => {
  it('lower-cases without a locale and removes accents', () => {
    expect(fold('ÀÉÎÕÜ Ça Ñ')).toBe('aeiou ca n');
    expect(fold('İSTANBUL')).toBe('istanbul');
    expect(fold('ΟΔΟΣ οδος')).toBe('οδοσ οδοσ');
    expect(fold('Ёлка')).toBe('елка');
  });

  it('keeps marks that make another letter, outside Latin, Greek, Cyrillic, Hebrew and Arabic', () => {
    expect(fold('が')).toBe('が');
    expect(fold('か\u3099')).toBe('が');
    expect(fold('किताब')).toBe('किताब');
  });

  it('cuts clusters around marks, emoji sequences, skin tones and flags', () => {
    expect(clusters('e\u0301x')).toEqual(['e\u0301', 'x']);
    expect(clusters('👩‍💻👍🏽🇩🇪🇫🇷')).toEqual(['👩‍💻', '👍🏽', '🇩🇪', '🇫🇷']);
    expect(clusters('שָׁלוֹם')).toEqual(['שָׁ', 'ל', 'וֹ', 'ם']);
  });

  it('maps folded offsets back to whole clusters', () => {
    const text = 'Ae\u0301ß👩‍💻x';
    const folded = foldText(text);
    expect(folded.folded).toBe('aess👩‍💻x');
    expect(originalRange(folded, 1, 2)).toEqual([1, 3]); // e → e + accent
    expect(originalRange(folded, 2, 3)).toEqual([3, 4]); // one s → ß
    expect(originalRange(folded, 4, 6)).toEqual([4, 9]); // 👩 → 👩‍💻
    expect(originalRange(folded, 9, 10)).toEqual([9, 10]);
  });

  it('folding a run at once gives what folding cluster by cluster gives', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(fold(text)).toBe(clusters(text).map(fold).join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('every folded unit maps into the text, in order, on cluster edges', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldText(text);
        const edges = new Set([0]);
        for (let start = 0; start < text.length; start = clusterEnd(text, start)) edges.add(clusterEnd(text, start));
        let previous = 0;
        for (let i = 0; i < folded.folded.length; i += 1) {
          const [start, end] = originalRange(folded, i, i + 1);
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(edges.has(start) && edges.has(end)).toBe(true);
          expect(fold(text.slice(start, end))).toContain(folded.folded[i]);
          previous = start;
        }
      }),
      { numRuns: 300 },
    );
  });
});
