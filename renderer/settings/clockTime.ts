const minutesPerDay = 24 * 60;

const pad = (value: number) => String(value).padStart(2, '0');

/** 540 → "09:00", for `<input type="time">`. The end of the day (1440) shows as "00:00". */
export function minutesToClockTime(minutes: number): string {
  const withinDay = minutes % minutesPerDay;
  return `${pad(Math.floor(withinDay / 60))}:${pad(withinDay % 60)}`;
}

/**
 * "09:30" → 570; null when the field is empty or half-typed. An end time of
 * "00:00" means midnight at the end of the day, so it becomes 1440.
 */
export function clockTimeToMinutes(value: string, isEnd: boolean): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return isEnd && minutes === 0 ? minutesPerDay : minutes;
}
