import { describe, expect, it } from 'vitest';
import { promptById, promptsFor } from '../../../../../shared/content/prompts';
import { backendPerTest } from '../../../../helpers/backendPerTest';

describe('an entry written from a journal question', () => {
  const { attempt, call } = backendPerTest();

  it('offers journal questions, none repeating within ten', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const prompt = await call('nextJournalPrompt');
      expect(promptById(prompt.id)?.surface).toBe('journal');
      expect(prompt.text).toBe(promptById(prompt.id)?.text);
      ids.push(prompt.id);
    }
    expect(new Set(ids).size).toBe(10);
  });

  it('stores the question with the entry', async () => {
    const prompt = await call('nextJournalPrompt');
    const created = await call('createEntry', { text: 'What I noticed.', promptId: prompt.id });
    expect(created.kind).toBe('free');
    expect(created.prompt).toEqual({ id: prompt.id, text: prompt.text });
    expect((await call('getEntry', { id: created.id })).prompt).toEqual({ id: prompt.id, text: prompt.text });
  });

  it('refuses an unknown question or a pause prompt, and stores nothing', async () => {
    const pausePrompt = promptsFor('pause')[0];
    expect(pausePrompt).toBeDefined();
    for (const promptId of ['no.such.prompt', pausePrompt?.id ?? '']) {
      const refused = await attempt('createEntry', { text: 'Words.', promptId });
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('invalid_input');
        expect(refused.error.message).toBe('That question is not one Presence knows, so the entry was not saved.');
      }
    }
    expect((await call('listEntries', {})).entries).toEqual([]);
  });
});
