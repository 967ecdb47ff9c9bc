import type { JournalEntry } from '../../shared/journal/entry';

/** A valid free entry of the current format, with whatever a test wants to change. */
export function sampleEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: '3f0c8d4e-4a51-4c36-9d5e-2b8e7f6a1c00',
    kind: 'free',
    title: '',
    text: 'Noticed my shoulders were up by my ears.',
    feeling: null,
    prompt: null,
    shift: null,
    reset: null,
    tags: [],
    values: [],
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}
