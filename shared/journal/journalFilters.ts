import { z } from 'zod';
import { quadrantOf, quadrantSchema } from '../content/emotions';
import { localParts } from '../scheduler/localTime';
import { entryKinds, entryTagSchema, type JournalEntry } from './entry';

/**
 * The journal's filters. Different filters narrow together (kind AND feeling AND tag …);
 * the choices inside one filter widen (free OR pause). An empty or missing list is no
 * filter at all, so unticking every box shows everything rather than nothing.
 * Dates are the person's local calendar days, both ends included.
 */

const localDate = z.iso.date({ error: 'A date is written YYYY-MM-DD, for example 2026-11-20.' });

export const journalFilterSchema = z
  .object({
    kinds: z.array(z.enum(entryKinds)).optional(),
    quadrants: z.array(quadrantSchema).optional(),
    tags: z.array(entryTagSchema).optional(),
    values: z.array(z.string().min(1).max(40)).optional(),
    from: localDate.optional(),
    to: localDate.optional(),
  })
  .strict()
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: 'The start date is after the end date. Choose a start on or before the end.',
    path: ['from'],
  });

export type JournalFilter = z.infer<typeof journalFilterSchema>;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDateKey(instant: string | number, timeZone: string): string {
  const { year, month, day } = localParts(typeof instant === 'number' ? instant : Date.parse(instant), timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function anyOf<T>(chosen: readonly T[] | undefined, test: (choice: T) => boolean): boolean {
  return !chosen || chosen.length === 0 || chosen.some(test);
}

/** Whether a live entry passes every filter. Entries in the trash never do: the trash has its own view. */
export function matchesFilters(entry: JournalEntry, filters: JournalFilter, timeZone: string): boolean {
  if (entry.deletedAt !== null) return false;
  const { feeling } = entry;
  const passes =
    anyOf(filters.kinds, (kind) => entry.kind === kind) &&
    anyOf(filters.quadrants, (quadrant) => feeling !== null && quadrantOf(feeling.pleasantness, feeling.energy) === quadrant) &&
    anyOf(filters.tags, (tag) => entry.tags.includes(tag)) &&
    anyOf(filters.values, (value) => entry.values.includes(value));
  if (!passes || (!filters.from && !filters.to)) return passes;
  const day = localDateKey(entry.createdAt, timeZone);
  return (!filters.from || day >= filters.from) && (!filters.to || day <= filters.to);
}

/** True when no filter narrows anything (the UI can hide "Clear filters"). */
export function isEmptyFilter(filters: JournalFilter): boolean {
  const lists = [filters.kinds, filters.quadrants, filters.tags, filters.values];
  return lists.every((list) => !list || list.length === 0) && !filters.from && !filters.to;
}
