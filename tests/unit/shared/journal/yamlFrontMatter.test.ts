import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontMatter, toWellFormed, yamlScalar, yamlString } from '../../../../shared/journal/yamlFrontMatter';
import { readFrontMatter, readScalar } from './frontMatterReader';
import { nastyText } from './journalArbitraries';

describe('YAML strings', () => {
  it('stay plain only when nothing could misread them', () => {
    expect(yamlString('Honesty')).toBe('Honesty');
    expect(yamlString('at ease')).toBe('at ease');
    expect(yamlString('self-care')).toBe('self-care');
    expect(yamlString('שבת')).toBe('שבת');
    expect(yamlString('שָׁלוֹם עולם')).toBe('שָׁלוֹם עולם');
    expect(yamlString('2026-11-20T08:00:00.000Z')).toBe('2026-11-20T08:00:00.000Z');
  });

  it('quote the nasty ones', () => {
    const cases: Array<[string, string]> = [
      ['', '""'],
      ['key: value', '"key: value"'],
      ['say "hi"', '"say \\"hi\\""'],
      ['# not a comment', '"# not a comment"'],
      ['a #b', '"a #b"'],
      ['line one\nline two\r\n', '"line one\\nline two\\r\\n"'],
      ['tab\there', '"tab\\there"'],
      ['back\\slash', '"back\\\\slash"'],
      ['yes', '"yes"'],
      ['No', '"No"'],
      ['null', '"null"'],
      ['~', '"~"'],
      ['123', '"123"'],
      ['1e3', '"1e3"'],
      ['-', '"-"'],
      ['- item', '"- item"'],
      ['[a, b]', '"[a, b]"'],
      ['{a: b}', '"{a: b}"'],
      ['&anchor', '"&anchor"'],
      ['*alias', '"*alias"'],
      ['!tag', '"!tag"'],
      ['| block', '"| block"'],
      ['> folded', '"> folded"'],
      ["'single'", `"'single'"`],
      ['@at', '"@at"'],
      ['`tick`', '"`tick`"'],
      ['trailing ', '"trailing "'],
      [' leading', '" leading"'],
      ['---', '"---"'],
      ['🙂 emoji', '"🙂 emoji"'],
      ['\u202eevil', '"\u202eevil"'],
      ['nul\u0000bell\u0007', '"nul\\u0000bell\\u0007"'],
      ['sep\u2028para\u2029nel\u0085bom\ufeff', '"sep\\u2028para\\u2029nel\\u0085bom\\ufeff"'],
      ['lone \ud800 surrogate', '"lone \ufffd surrogate"'],
    ];
    for (const [input, output] of cases) expect(yamlString(input), JSON.stringify(input)).toBe(output);
  });

  it('read back exactly, on one line, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText(30), fc.string({ unit: 'binary' })), (text) => {
        const written = yamlString(text);
        expect(written).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
        expect(readScalar(written)).toBe(toWellFormed(text));
      }),
      { numRuns: 300 },
    );
  });

  it('numbers and null are written as such', () => {
    expect(yamlScalar(-3)).toBe('-3');
    expect(yamlScalar(null)).toBe('null');
    expect(() => yamlScalar(Number.NaN)).toThrow(RangeError);
  });
});

describe('front matter', () => {
  it('writes lists, empty lists, mappings and null', () => {
    const written = frontMatter({
      title: 'Notes: day 1',
      tags: ['work', 'שבת'],
      values: [],
      feeling: { pleasantness: -2, energy: 3, word: 'on edge' },
      nothing: null,
    });
    expect(written).toBe(
      [
        '---',
        'title: "Notes: day 1"',
        'tags:',
        '  - work',
        '  - שבת',
        'values: []',
        'feeling:',
        '  pleasantness: -2',
        '  energy: 3',
        '  word: on edge',
        'nothing: null',
        '---',
        '',
      ].join('\n'),
    );
    expect(readFrontMatter(written).data).toEqual({
      title: 'Notes: day 1',
      tags: ['work', 'שבת'],
      values: [],
      feeling: { pleasantness: -2, energy: 3, word: 'on edge' },
      nothing: null,
    });
  });
});
