import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampAbove, cutAtBoundary, entryPreview, previewLength } from '../../../../renderer/markdown/entryPreview';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('the preview of a long entry', () => {
  it('shows an entry up to the clamp length whole', () => {
    const text = 'x'.repeat(clampAbove);
    expect(entryPreview(text)).toEqual({ text, clamped: false });
    expect(entryPreview('')).toEqual({ text: '', clamped: false });
  });

  it('clamps a longer one to at most the preview length', () => {
    const preview = entryPreview('word '.repeat(1_000));
    expect(preview.clamped).toBe(true);
    expect(preview.text.length).toBeLessThanOrEqual(previewLength);
    expect(preview.text.length).toBeGreaterThan(previewLength - 10);
    expect(preview.text.endsWith('word')).toBe(true);
  });

  it('ends at a blank line when there is one in the second half', () => {
    const first = 'a'.repeat(1_000);
    const text = `${first}\n\n${'b '.repeat(400)}\n${'c'.repeat(2_000)}`;
    expect(cutAtBoundary(text, previewLength)).toBe(first);
  });

  it('ends at a line break when there is no blank line', () => {
    const text = `${'a'.repeat(900)}\n${'b'.repeat(400)}\n${'c'.repeat(2_000)}`;
    expect(cutAtBoundary(text, previewLength)).toBe(`${'a'.repeat(900)}\n${'b'.repeat(400)}`);
  });

  it('prefers a later space to a blank line early on', () => {
    const text = `${'a'.repeat(100)}\n\n${'word '.repeat(600)}`;
    const cut = cutAtBoundary(text, previewLength);
    expect(cut.length).toBeGreaterThan(previewLength / 2);
    expect(cut.endsWith('word')).toBe(true);
  });

  it('cuts an unbroken line at the limit', () => {
    expect(cutAtBoundary('x'.repeat(5_000), previewLength)).toBe('x'.repeat(previewLength));
  });

  it('never splits a surrogate pair', () => {
    const text = `a${'😀'.repeat(2_000)}`;
    const cut = cutAtBoundary(text, previewLength);
    expect(cut).toBe(`a${'😀'.repeat(749)}`);
    expect(loneSurrogate.test(cut)).toBe(false);
  });

  it('never splits a ZWJ family or a flag', () => {
    const family = '👨‍👩‍👧‍👦';
    const families = cutAtBoundary(family.repeat(400), previewLength);
    expect(families.length % family.length).toBe(0);
    expect(families.length).toBeGreaterThan(previewLength - family.length);

    const flags = `x${'🇮🇱🇯🇵'.repeat(500)}`;
    const cut = cutAtBoundary(flags, previewLength);
    expect((cut.length - 1) % 4).toBe(0);
    expect(flags.startsWith(cut)).toBe(true);
  });

  it('is always a prefix of the entry, within the limit, with every character whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 3_000 }), (text) => {
        const preview = entryPreview(text);
        expect(text.startsWith(preview.text)).toBe(true);
        expect(preview.clamped).toBe(text.length > clampAbove);
        if (preview.clamped) expect(preview.text.length).toBeLessThanOrEqual(previewLength);
        expect(loneSurrogate.test(preview.text)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
