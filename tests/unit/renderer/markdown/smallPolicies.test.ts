import { describe, expect, it } from 'vitest';
import { entryHeadingTag } from '../../../../renderer/markdown/headingLevel';
import { imageText } from '../../../../renderer/markdown/imageText';

describe('headings in an entry', () => {
  it('sit below the entry title (h3)', () => {
    expect([1, 2, 3, 4, 5, 6].map(entryHeadingTag)).toEqual(['h4', 'h5', 'h6', 'h6', 'h6', 'h6']);
  });
});

describe('images in an entry', () => {
  it('are named, never loaded', () => {
    expect(imageText('the sea at dawn')).toBe('[image: the sea at dawn]');
    expect(imageText('  ')).toBe('[image]');
    expect(imageText(undefined)).toBe('[image]');
  });
});
