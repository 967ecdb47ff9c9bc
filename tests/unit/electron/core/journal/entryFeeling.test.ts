import { describe, expect, it } from 'vitest';
import { backendPerTest } from '../../../../helpers/backendPerTest';

describe('a feeling in a free entry', () => {
  const { attempt, call } = backendPerTest();
  const feeling = { pleasantness: 3, energy: -2, word: 'calm' };

  it('is stored with the entry, and an edit that leaves it out keeps it', async () => {
    const created = await call('createEntry', { title: 'Evening', text: 'Tea by the window.', feeling });
    expect(created.kind).toBe('free');
    expect(created.feeling).toEqual(feeling);

    const updated = await call('updateEntry', { id: created.id, title: 'Evening', text: 'Tea by the open window.' });
    expect(updated.text).toBe('Tea by the open window.');
    expect(updated.feeling).toEqual(feeling);
    expect((await call('getEntry', { id: created.id })).feeling).toEqual(feeling);

    const cleared = await call('updateEntry', { id: created.id, title: 'Evening', text: 'Tea.', feeling: null });
    expect(cleared.feeling).toBeNull();
  });

  it('is optional, and refused when out of range', async () => {
    expect((await call('createEntry', { text: 'No check-in today.' })).feeling).toBeNull();
    const refused = await attempt('createEntry', { text: 'Too much.', feeling: { pleasantness: 9, energy: 0, word: null } });
    expect(refused.ok).toBe(false);
  });
});
