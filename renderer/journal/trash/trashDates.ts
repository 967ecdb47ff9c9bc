import type { JournalEntry } from '../../../shared/journal/entry';
import { purgeTime } from '../../../shared/journal/trashRetention';
import { formatEntryTime } from '../formatEntryTime';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** "Deleted Tuesday, March 3 at 9:12 AM", in the person's own locale. */
export function deletedText(entry: JournalEntry): string {
  return entry.deletedAt === null ? '' : `Deleted ${formatEntryTime(entry.deletedAt)}`;
}

/** "removed for good on April 2, 2026": a day is enough, and easier to hold in mind than a time. */
export function removedForGoodText(entry: JournalEntry): string {
  const due = purgeTime(entry);
  return due === null ? '' : `removed for good on ${day.format(due)}`;
}
