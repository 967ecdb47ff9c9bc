import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../../shared/journal/journalSearch';
import { findSnippet } from '../../../../renderer/journal/find/findSnippet';

const marked = (text: string, ranges: Array<[number, number]>) => {
  const snippet = findSnippet(text, ranges);
  return highlightSegments(snippet.text, snippet.ranges)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);
};

describe('findSnippet', () => {
  it('keeps a short text whole', () => {
    expect(findSnippet('A slow breath.', [[7, 13]])).toEqual({ text: 'A slow breath.', ranges: [[7, 13]], cutStart: false, cutEnd: false });
  });

  it('starts near the first match in a long text, at a word, and keeps its marks in place', () => {
    const text = `${'word '.repeat(100)}the kettle sang ${'more '.repeat(100)}`;
    const at = text.indexOf('kettle');
    const snippet = findSnippet(text, [[at, at + 6]]);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    expect(snippet.text.startsWith('word ')).toBe(true);
    expect(marked(text, [[at, at + 6]])).toEqual(['kettle']);
    expect(snippet.text.length).toBeLessThanOrEqual(240);
  });

  it('shows the start when nothing in the text matched', () => {
    const text = 'x'.repeat(500);
    expect(findSnippet(text, [])).toMatchObject({ cutStart: false, cutEnd: true });
  });

  it('never splits an emoji', () => {
    const text = '🌙'.repeat(300);
    const snippet = findSnippet(text, [[400, 402]]);
    expect(snippet.text).toMatch(/^(🌙)+$/u);
    expect(marked(text, [[400, 402]])).toEqual(['🌙']);
  });
});
