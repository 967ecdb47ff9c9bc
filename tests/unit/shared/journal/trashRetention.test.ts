import { describe, expect, it } from 'vitest';
import { isDueForPurge, purgeTime, trashRetentionDays } from '../../../../shared/journal/trashRetention';
import { sampleEntry } from '../../../helpers/sampleEntry';

const deletedAt = '2026-11-01T10:00:00.000Z';
const deleted = Date.parse(deletedAt);
const day = 24 * 60 * 60 * 1000;

describe('trash retention', () => {
  it('keeps a trashed entry for 30 days', () => {
    expect(trashRetentionDays).toBe(30);
    const entry = sampleEntry({ deletedAt });
    expect(purgeTime(entry)).toBe(deleted + 30 * day);
    expect(isDueForPurge(entry, deleted)).toBe(false);
    expect(isDueForPurge(entry, deleted + 30 * day - 1)).toBe(false);
    expect(isDueForPurge(entry, deleted + 30 * day)).toBe(true);
    expect(isDueForPurge(entry, deleted + 400 * day)).toBe(true);
  });

  it('never purges a live entry', () => {
    const live = sampleEntry();
    expect(purgeTime(live)).toBeNull();
    expect(isDueForPurge(live, Date.parse('2099-01-01T00:00:00.000Z'))).toBe(false);
  });
});
