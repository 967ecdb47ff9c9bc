import { memo } from 'react';
import type { JournalEntry } from '../../../shared/journal/entry';
import { EntryItem } from '../EntryItem';
import type { EntryDraft } from '../useJournal';

interface TimelineRowProps {
  entry: JournalEntry;
  /** The day's name when this is the first (newest) entry of its day. */
  dayHeading: string | null;
  onUpdate(id: string, draft: EntryDraft): Promise<string | null>;
  onDelete(id: string): Promise<string | null>;
}

/**
 * One entry, with its day's heading above it when it opens the day. Days are h2, like the
 * journal's other sections, so the outline reads day > entry (entry titles are h3).
 * Memoised: scrolling re-renders the timeline, never the entries already on screen.
 */
export const TimelineRow = memo(function TimelineRow({ entry, dayHeading, onUpdate, onDelete }: TimelineRowProps) {
  return (
    <>
      {dayHeading !== null && <h2 className="timeline-day">{dayHeading}</h2>}
      <EntryItem entry={entry} onUpdate={onUpdate} onDelete={onDelete} />
    </>
  );
});
