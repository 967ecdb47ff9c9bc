import { instantAtLocal, localParts } from '../../shared/scheduler/localTime';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (value: number) => String(value).padStart(2, '0');

/** '2026-01-05 09:05' in the zone → epoch ms. */
export function localInstant(text: string, timeZone: string): number {
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text)!.map(Number);
  return instantAtLocal({ year: year!, month: month!, day: day! }, hour! * 60 + minute!, timeZone);
}

/** Epoch ms → 'Mon 2026-01-05 09:05' in the zone, the way a person would read it. */
export function localText(instant: number, timeZone: string): string {
  const parts = localParts(instant, timeZone);
  const minutes = Math.floor(parts.msOfDay / 60_000);
  return `${weekdays[parts.weekday]} ${parts.year}-${pad(parts.month)}-${pad(parts.day)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
