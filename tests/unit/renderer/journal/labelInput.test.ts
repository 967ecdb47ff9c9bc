import { describe, expect, it } from 'vitest';
import { addTag, addValue } from '../../../../renderer/journal/labels/labelInput';

describe('adding tags and values in the editor', () => {
  it('turns "#Work " into the tag "work", once', () => {
    expect(addTag([], '#Work ')).toEqual({ ok: true, list: ['work'] });
    expect(addTag(['work'], 'work')).toEqual({ ok: true, list: ['work'] });
  });

  it('explains a tag it cannot take, with the schema’s own words', () => {
    expect(addTag([], 'two words')).toEqual({ ok: false, problem: 'A tag is lower-case letters, digits, - or _, with no spaces.' });
    expect(addTag(Array.from({ length: 20 }, (_, i) => `t${i}`), 'one-more')).toMatchObject({ ok: false });
  });

  it('takes a value by its card-sort name in any case, and refuses anything else', () => {
    expect(addValue([], 'honesty')).toEqual({ ok: true, list: ['Honesty'] });
    expect(addValue([], 'Pizza')).toMatchObject({ ok: false });
  });
});
