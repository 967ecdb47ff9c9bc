import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/journal/entry';
import { findEntries } from '../../../../shared/journal/journalFind';
import {
  isEmptyFilter,
  journalFilterSchema,
  localDateKey,
  matchesFilters,
  type JournalFilter,
} from '../../../../shared/journal/journalFilters';
import { parseQuery } from '../../../../shared/journal/journalSearch';
import { sampleEntry } from '../../../helpers/sampleEntry';

const utc = 'UTC';

const free = sampleEntry({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'free',
  tags: ['work'],
  values: ['Honesty'],
  feeling: { pleasantness: 3, energy: 4, word: 'playful' },
  createdAt: '2026-11-20T08:00:00.000Z',
});
const pause = sampleEntry({
  id: '00000000-0000-4000-8000-000000000002',
  kind: 'pause',
  tags: ['sleep', 'family'],
  values: ['Kindness'],
  feeling: { pleasantness: -2, energy: -3, word: 'flat' },
  createdAt: '2026-11-21T12:00:00.000Z',
});
const reset = sampleEntry({
  id: '00000000-0000-4000-8000-000000000003',
  kind: 'reset',
  tags: [],
  values: ['Honesty', 'Kindness'],
  feeling: null,
  createdAt: '2026-11-22T23:30:00.000Z',
});
const all = [free, pause, reset];

const matching = (filters: JournalFilter, timeZone = utc, entries: JournalEntry[] = all) =>
  entries.filter((entry) => matchesFilters(entry, journalFilterSchema.parse(filters), timeZone)).map((entry) => entry.kind);

describe('journal filters, each alone', () => {
  it('no filter, or empty lists, lets every live entry through', () => {
    expect(matching({})).toEqual(['free', 'pause', 'reset']);
    expect(matching({ kinds: [], quadrants: [], tags: [], values: [] })).toEqual(['free', 'pause', 'reset']);
    expect(isEmptyFilter({ kinds: [] })).toBe(true);
    expect(isEmptyFilter({ to: '2026-11-20' })).toBe(false);
  });

  it('by kind, any of those chosen', () => {
    expect(matching({ kinds: ['pause'] })).toEqual(['pause']);
    expect(matching({ kinds: ['free', 'reset'] })).toEqual(['free', 'reset']);
  });

  it('by feeling quadrant; an entry without a feeling has none', () => {
    expect(matching({ quadrants: ['pleasant-energized'] })).toEqual(['free']);
    expect(matching({ quadrants: ['unpleasant-calm', 'pleasant-energized'] })).toEqual(['free', 'pause']);
    expect(matching({ quadrants: ['unpleasant-energized'] })).toEqual([]);
  });

  it('by tag and by value, any of those chosen', () => {
    expect(matching({ tags: ['family'] })).toEqual(['pause']);
    expect(matching({ tags: ['work', 'sleep'] })).toEqual(['free', 'pause']);
    expect(matching({ values: ['Kindness'] })).toEqual(['pause', 'reset']);
  });

  it('by date range, both ends included', () => {
    expect(matching({ from: '2026-11-21' })).toEqual(['pause', 'reset']);
    expect(matching({ to: '2026-11-21' })).toEqual(['free', 'pause']);
    expect(matching({ from: '2026-11-21', to: '2026-11-21' })).toEqual(['pause']);
  });
});

describe('journal filters, combined', () => {
  it('narrow together across filters and widen within one', () => {
    expect(matching({ values: ['Honesty'], kinds: ['reset', 'pause'] })).toEqual(['reset']);
    expect(matching({ values: ['Kindness'], tags: ['sleep'], quadrants: ['unpleasant-calm'], from: '2026-11-21' })).toEqual(['pause']);
    expect(matching({ values: ['Kindness'], tags: ['sleep'], to: '2026-11-20' })).toEqual([]);
  });

  it('never let a trashed entry through, whatever the filter', () => {
    const trashed = { ...free, deletedAt: '2026-11-23T00:00:00.000Z' };
    expect(matching({}, utc, [trashed])).toEqual([]);
    expect(matching({ kinds: ['free'] }, utc, [trashed])).toEqual([]);
  });

  it('combine with search: live, filtered, containing every word, newest first', () => {
    const texts = [
      { ...free, text: 'A walk at lunch' },
      { ...pause, text: 'Walk after dinner' },
      { ...reset, text: 'No walk today', deletedAt: '2026-11-23T00:00:00.000Z' },
    ];
    const found = findEntries(texts, parseQuery('walk'), journalFilterSchema.parse({ kinds: ['free', 'pause', 'reset'] }), utc);
    expect(found.map(({ entry }) => entry.kind)).toEqual(['pause', 'free']);
    expect(found[0]!.match.fields[0]!.ranges).toEqual([[0, 4]]);
    expect(findEntries(texts, parseQuery('walk lunch'), {}, utc).map(({ entry }) => entry.kind)).toEqual(['free']);
  });
});

describe('dates in the person’s time zone', () => {
  // 23:30 UTC on the 22nd is already the 23rd in Berlin and still the 22nd in Los Angeles.
  it('a late-evening UTC entry falls on the local day', () => {
    expect(localDateKey(reset.createdAt, 'Europe/Berlin')).toBe('2026-11-23');
    expect(localDateKey(reset.createdAt, 'America/Los_Angeles')).toBe('2026-11-22');
    expect(matching({ from: '2026-11-23', to: '2026-11-23' }, 'Europe/Berlin')).toEqual(['reset']);
    expect(matching({ from: '2026-11-23', to: '2026-11-23' }, 'America/Los_Angeles')).toEqual([]);
    expect(matching({ to: '2026-11-22' }, 'Europe/Berlin')).toEqual(['free', 'pause']);
  });

  it('a zone far ahead of UTC moves a midday entry to the next day', () => {
    expect(matching({ from: '2026-11-22', to: '2026-11-22' })).toEqual(['reset']);
    expect(matching({ from: '2026-11-22', to: '2026-11-22' }, 'Pacific/Kiritimati')).toEqual(['pause']); // UTC+14
  });

  it('a day with a daylight-saving change still counts whole local days', () => {
    // Berlin moved from summer to winter time at 03:00 on 2026-10-25: that day had 25 hours.
    const early = sampleEntry({ createdAt: '2026-10-24T22:30:00.000Z' }); // 00:30 on the 25th, summer time
    const late = sampleEntry({ createdAt: '2026-10-25T22:30:00.000Z' }); // 23:30 on the 25th, winter time
    const next = sampleEntry({ createdAt: '2026-10-25T23:30:00.000Z' }); // 00:30 on the 26th
    const day = journalFilterSchema.parse({ from: '2026-10-25', to: '2026-10-25' });
    expect([early, late, next].map((entry) => matchesFilters(entry, day, 'Europe/Berlin'))).toEqual([true, true, false]);
  });
});

describe('the filter schema', () => {
  it('refuses a start after the end, with a clear message', () => {
    const result = journalFilterSchema.safeParse({ from: '2026-11-22', to: '2026-11-20' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('The start date is after the end date. Choose a start on or before the end.');
  });

  it('takes only real YYYY-MM-DD dates', () => {
    expect(journalFilterSchema.safeParse({ from: '2028-02-29' }).success).toBe(true);
    for (const from of ['2026-02-30', '2026-1-05', '20.11.2026', '2026-11-20T00:00:00Z']) {
      const result = journalFilterSchema.safeParse({ from });
      expect(result.success, from).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/YYYY-MM-DD/);
    }
  });

  it('is strict about names and choices', () => {
    expect(journalFilterSchema.safeParse({ kind: ['free'] }).success).toBe(false);
    expect(journalFilterSchema.safeParse({ kinds: ['diary'] }).success).toBe(false);
    expect(journalFilterSchema.safeParse({ quadrants: ['happy'] }).success).toBe(false);
    expect(journalFilterSchema.safeParse({ tags: ['Has Space'] }).success).toBe(false);
  });
});
