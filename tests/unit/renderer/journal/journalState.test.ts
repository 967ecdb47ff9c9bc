import { describe, expect, it } from 'vitest';
import { initialJournalState, journalReducer, type JournalState } from '../../../../renderer/journal/journalState';
import { sampleEntry } from '../../../helpers/sampleEntry';

const entryAt = (day: number) =>
  sampleEntry({ id: `00000000-0000-4000-8000-0000000000${String(day).padStart(2, '0')}`, createdAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z` });

function loaded(days: number[], nextCursor: string | null = null): JournalState {
  return journalReducer(initialJournalState, { type: 'firstPageLoaded', page: { entries: days.map(entryAt), nextCursor } });
}

const days = (state: JournalState) => state.entries.map((entry) => Number(entry.createdAt.slice(8, 10)));

describe('the journal state around the trash', () => {
  it('takes a trashed entry out, and puts a restored one back where it was written', () => {
    const trashed = journalReducer(loaded([20, 15, 10]), { type: 'entryMovedToTrash', id: entryAt(15).id });
    expect(days(trashed)).toEqual([20, 10]);
    expect(days(journalReducer(trashed, { type: 'entryRestored', entry: entryAt(15) }))).toEqual([20, 15, 10]);
  });

  it('leaves a restored entry older than everything loaded for "Show older entries" to bring', () => {
    const partly = loaded([20, 15], 'cursor');
    expect(days(journalReducer(partly, { type: 'entryRestored', entry: entryAt(5) }))).toEqual([20, 15]);
    expect(days(journalReducer(partly, { type: 'entryRestored', entry: entryAt(18) }))).toEqual([20, 18, 15]);
  });

  it('never shows a restored entry twice', () => {
    const state = loaded([20, 15]);
    expect(days(journalReducer(state, { type: 'entryRestored', entry: entryAt(15) }))).toEqual([20, 15]);
  });
});
