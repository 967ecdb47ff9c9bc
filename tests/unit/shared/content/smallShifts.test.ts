import { describe, expect, it } from 'vitest';
import { promptThemes } from '../../../../shared/content/promptThemes';
import { maxSmallShiftLength, pickSmallShift, smallShifts, smallShiftsFor } from '../../../../shared/content/smallShifts';

const always = (value: number) => () => value;

describe('small shifts', () => {
  it('offers at least 30, each one line that fits a notification', () => {
    expect(smallShifts.length).toBeGreaterThanOrEqual(30);
    for (const shift of smallShifts) {
      expect(shift.text.length, shift.id).toBeLessThanOrEqual(maxSmallShiftLength);
      expect(shift.text, shift.id).toBe(shift.text.trim());
      expect(shift.text, shift.id).toMatch(/^[A-Z].*\.$/);
      expect(shift.text, shift.id).not.toMatch(/['"]/);
    }
  });

  it('has unique ids of the form shift.<n> and unique texts', () => {
    const ids = smallShifts.map((shift) => shift.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^shift\.[1-9][0-9]*$/);
    const texts = smallShifts.map((shift) => shift.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('serves every theme, and never lectures or shouts', () => {
    for (const theme of promptThemes) expect(smallShiftsFor(theme).length, theme).toBeGreaterThanOrEqual(2);
    for (const shift of smallShifts) {
      expect(promptThemes).toContain(shift.theme);
      expect(shift.text, shift.id).not.toMatch(/should/i);
      expect(shift.text, shift.id).not.toContain('!');
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(smallShifts)).toBe(true);
    expect(Object.isFrozen(smallShifts[0])).toBe(true);
  });
});

describe('pickSmallShift', () => {
  it('is deterministic for a given random and can reach every shift', () => {
    expect(pickSmallShift(always(0.3))).toBe(pickSmallShift(always(0.3)));
    const reached = new Set(smallShifts.map((_, i) => pickSmallShift(always((i + 0.5) / smallShifts.length)).id));
    expect(reached.size).toBe(smallShifts.length);
  });

  it('never repeats the shift it is told to exclude', () => {
    const excluded = smallShifts[0]?.id;
    for (let i = 0; i < smallShifts.length; i += 1) {
      expect(pickSmallShift(always(i / smallShifts.length), excluded).id).not.toBe(excluded);
    }
  });

  it('ignores an unknown id to exclude and survives an odd random source', () => {
    expect(pickSmallShift(always(0), 'shift.9999')).toBe(smallShifts[0]);
    expect(pickSmallShift(always(1)).id).toBe(smallShifts.at(-1)?.id);
    expect(pickSmallShift(always(Number.NaN))).toBe(smallShifts[0]);
  });
});
