const withYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const withoutYear = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Tuesday, March 3 at 9:12 AM" in the person's own locale; the year only when it is not this one. */
export function formatEntryTime(isoTimestamp: string, now: Date = new Date()): string {
  const moment = new Date(isoTimestamp);
  const format = moment.getFullYear() === now.getFullYear() ? withoutYear : withYear;
  return format.format(moment);
}
