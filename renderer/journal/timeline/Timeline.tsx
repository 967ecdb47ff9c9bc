import { useEffect, useMemo, useRef, type FocusEvent } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { JournalEntry } from '../../../shared/journal/entry';
import type { EntryDraft } from '../useJournal';
import { rowsToRender } from './keptRows';
import { TimelineRow } from './TimelineRow';
import { dayHeading, firstsOfDays } from './timelineDays';
import { useDocumentOffset } from './useDocumentOffset';
import { useKeptEntries } from './useKeptEntries';
import './timeline.css';

/** A first guess at an entry's height; each row is measured once it is in the page. */
const estimatedRowHeight = 180;
/** Rows rendered beyond each edge of the viewport. */
const overscan = 6;
/** Load the next page while this many loaded rows are still below the rendered ones. */
const loadAheadRows = 12;

interface TimelineProps {
  /** Newest first. */
  entries: readonly JournalEntry[];
  /** Whether older entries are still to be loaded. */
  hasOlder: boolean;
  /** Asks for the next page as the person nears the end (called again while they stay near it). */
  onNearEnd(): void;
  onUpdate(id: string, draft: EntryDraft): Promise<string | null>;
  onDelete(id: string): Promise<string | null>;
}

/**
 * The journal's entries, newest first and grouped by day, with only the rows near the
 * viewport in the page. Rows are measured as they render (entries vary from a line to
 * pages), the page scrolls as a whole, and a row that grows or shrinks above the viewport
 * is compensated for so what the person is reading stays put.
 */
export function Timeline({ entries, hasOlder, onNearEnd, onUpdate, onDelete }: TimelineProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const scrollMargin = useDocumentOffset(listRef);
  const { keptIds, noteFocus } = useKeptEntries(entries);

  const opensDay = useMemo(() => firstsOfDays(entries.map((entry) => entry.createdAt)), [entries]);
  const indexById = useMemo(() => new Map(entries.map((entry, index) => [entry.id, index])), [entries]);
  const keptIndexes = keptIds.flatMap((id) => indexById.get(id) ?? []);

  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: entries.length,
    estimateSize: () => estimatedRowHeight,
    overscan,
    scrollMargin,
    getItemKey: (index) => entries[index]?.id ?? index,
    rangeExtractor: (range) => rowsToRender(range, keptIndexes),
    directDomUpdates: true,
    // Known before the first render, so the first rows are in the page in the same commit as
    // the entries (focus may be sent to one of them straight away).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    initialOffset: () => window.scrollY,
  });
  const rows = virtualizer.getVirtualItems();

  const lastRendered = virtualizer.range?.endIndex ?? -1;
  const nearEnd = hasOlder && lastRendered >= entries.length - 1 - loadAheadRows;
  useEffect(() => {
    if (nearEnd) onNearEnd();
  }, [nearEnd, entries.length, onNearEnd]);

  /**
   * Focus sent to an entry from elsewhere (after a save, delete or undo) may land on a row kept
   * in the page far from where it is scrolled; bring it into view once it is measured.
   */
  function revealFocused(event: FocusEvent<HTMLOListElement>): void {
    noteFocus(event);
    const target = event.target;
    const row = target.closest<HTMLElement>('[data-index]');
    if (row === null) return;
    requestAnimationFrame(() => {
      if (document.activeElement !== target) return;
      const { top, bottom } = target.getBoundingClientRect();
      if (bottom > 0 && top < window.innerHeight) return;
      virtualizer.scrollToIndex(Number(row.dataset.index), { align: 'start' });
    });
  }

  const now = new Date();
  return (
    <ol
      ref={(node) => {
        listRef.current = node;
        virtualizer.containerRef(node);
      }}
      className="entry-list timeline"
      aria-label="Entries, newest first"
      onFocus={revealFocused}
    >
      {rows.map((row) => {
        const entry = entries[row.index];
        if (!entry) return null;
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            data-entry-id={entry.id}
            className="timeline-row"
            aria-posinset={row.index + 1}
            aria-setsize={hasOlder ? -1 : entries.length}
          >
            <TimelineRow
              entry={entry}
              dayHeading={opensDay[row.index] ? dayHeading(entry.createdAt, now) : null}
              onUpdate={onUpdate}
              onDelete={onDelete}
            />
          </li>
        );
      })}
    </ol>
  );
}
