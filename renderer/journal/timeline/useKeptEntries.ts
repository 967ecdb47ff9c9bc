import { useCallback, useState, type FocusEvent } from 'react';
import { likelyFocusTargets } from './focusTargets';

interface Identified {
  id: string;
}

/**
 * The entries that must stay in the page however far they are scrolled away: the one that
 * last had focus (so a focused element is never taken out from under the person), and any
 * entry focus is likely to be sent to after the latest change.
 */
export function useKeptEntries(entries: readonly Identified[]) {
  const [lastFocusedId, setLastFocusedId] = useState<string | null>(null);
  const [seen, setSeen] = useState({ entries, targets: [] as string[] });
  if (seen.entries !== entries) {
    // Adjusting state while rendering: the targets are in place in the same commit as the change.
    setSeen({ entries, targets: likelyFocusTargets(seen.entries, entries) });
  }

  const noteFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const row = event.target.closest<HTMLElement>('[data-entry-id]');
    if (row?.dataset.entryId) setLastFocusedId(row.dataset.entryId);
  }, []);

  const keptIds = lastFocusedId === null ? seen.targets : [lastFocusedId, ...seen.targets];
  return { keptIds, noteFocus };
}
