import { describe, expect, it } from 'vitest';
import { canonicalValueName, valueNames } from '../../../../shared/content/valueNames';

describe('value names', () => {
  it('are the 83 unique names of the card sort, frozen', () => {
    expect(valueNames).toHaveLength(83);
    expect(new Set(valueNames).size).toBe(83);
    expect(Object.isFrozen(valueNames)).toBe(true);
    for (const name of valueNames) expect(name).toMatch(/^\S(.*\S)?$/u);
  });

  it('finds a name whatever its case, and nothing that is not one', () => {
    expect(canonicalValueName('  honesty ')).toBe('Honesty');
    expect(canonicalValueName('Pizza')).toBeNull();
  });
});
