import { describe, expect, it } from 'vitest';
import { rowsToRender } from '../../../../../renderer/journal/timeline/keptRows';

describe('rows to render', () => {
  const range = { startIndex: 10, endIndex: 12, overscan: 1, count: 100 };

  it('is the visible rows and the overscan', () => {
    expect(rowsToRender(range, [])).toEqual([9, 10, 11, 12, 13]);
  });

  it('keeps a focused row far away, with its neighbours, in order', () => {
    expect(rowsToRender(range, [50])).toEqual([9, 10, 11, 12, 13, 49, 50, 51]);
    expect(rowsToRender(range, [0, 99])).toEqual([0, 1, 9, 10, 11, 12, 13, 98, 99]);
  });
});
