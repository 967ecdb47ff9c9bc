const dayHeadingFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The person's own calendar day a moment falls on, as "2026-11-23", in the local time zone. */
export function localDayKey(moment: Date): string {
  return `${moment.getFullYear()}-${twoDigits(moment.getMonth() + 1)}-${twoDigits(moment.getDate())}`;
}

/**
 * What a day is called above its entries: "Today", "Yesterday", or the full local date in the
 * person's locale ("Monday 23 November 2026"). Days are local calendar days, so a late-evening
 * entry stays on the evening it was written, and the day before today is found by calendar,
 * never by subtracting 24 hours (which a daylight-saving change would break).
 */
export function dayHeading(isoTimestamp: string, now: Date = new Date()): string {
  const moment = new Date(isoTimestamp);
  const day = localDayKey(moment);
  if (day === localDayKey(now)) return 'Today';
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (day === localDayKey(yesterday)) return 'Yesterday';
  return dayHeadingFormat.format(moment);
}

/** For each entry (newest first), whether it is the first of its day, so the day's heading goes above it. */
export function firstsOfDays(createdAt: readonly string[]): boolean[] {
  let previousDay: string | null = null;
  return createdAt.map((isoTimestamp) => {
    const day = localDayKey(new Date(isoTimestamp));
    const first = day !== previousDay;
    previousDay = day;
    return first;
  });
}
