import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * The rows to render: those near the viewport, plus each kept row and its neighbours.
 * A focused row stays in the page while it is scrolled away, and so do the rows either side
 * of it, so Tab and Shift+Tab always have somewhere to go.
 */
export function rowsToRender(range: Range, keptIndexes: readonly number[]): number[] {
  const rows = new Set(defaultRangeExtractor(range));
  for (const kept of keptIndexes) {
    for (const index of [kept - 1, kept, kept + 1]) {
      if (index >= 0 && index < range.count) rows.add(index);
    }
  }
  return [...rows].sort((a, b) => a - b);
}
