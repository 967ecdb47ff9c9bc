import { describe, expect, it } from 'vitest';
import { likelyFocusTargets } from '../../../../../renderer/journal/timeline/focusTargets';

const entries = (...ids: string[]) => ids.map((id) => ({ id }));

describe('likely focus targets', () => {
  it('is a newly written or restored entry', () => {
    expect(likelyFocusTargets(entries('b', 'c'), entries('a', 'b', 'c'))).toEqual(['a']);
    expect(likelyFocusTargets(entries('a', 'c'), entries('a', 'b', 'c'))).toEqual(['b']);
  });

  it('is the neighbours of an entry moved to the trash', () => {
    expect(likelyFocusTargets(entries('a', 'b', 'c'), entries('a', 'c'))).toEqual(['c', 'a']);
    expect(likelyFocusTargets(entries('a', 'b'), entries('a'))).toEqual(['a']);
  });

  it('leaves out a page arriving at the end, the first load and a reload', () => {
    expect(likelyFocusTargets(entries('a', 'b'), entries('a', 'b', 'c', 'd'))).toEqual([]);
    expect(likelyFocusTargets([], entries('a', 'b'))).toEqual([]);
    expect(likelyFocusTargets(entries('e', 'f'), entries('a', 'b', 'c', 'd', 'e', 'f'))).toEqual([]);
  });
});
