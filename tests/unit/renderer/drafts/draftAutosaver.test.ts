import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftInput } from '../../../../shared/drafts/draft';
import { failure, success, type Result } from '../../../../shared/ipc/result';
import {
  autosaveDelayMs,
  createDraftAutosaver,
  type DraftFields,
  type DraftSaveState,
  type PageLifecycle,
} from '../../../../renderer/drafts/draftAutosaver';

const blank: DraftFields = { title: '', text: '', templateId: null, answers: {} };
const typed = (text: string): DraftFields => ({ ...blank, text });

/** Stands in for `window.presence`: records every call, and answers when the test says so. */
function fakePresence() {
  const saves: DraftInput[] = [];
  const discards: string[] = [];
  const answers: Array<(result: Result<{ savedAt: string }>) => void> = [];
  return {
    saves,
    discards,
    /** Answers the oldest save not yet answered. */
    answer: (result: Result<{ savedAt: string }> = success({ savedAt: '2026-11-25T09:00:00.000Z' })) => answers.shift()?.(result),
    api: {
      saveDraft: (input: DraftInput) => {
        saves.push(input);
        return new Promise<Result<{ savedAt: string }>>((resolve) => answers.push(resolve));
      },
      discardDraft: async ({ key }: { key: string }) => {
        discards.push(key);
        return success({ key });
      },
    },
  };
}

function fakePage(): PageLifecycle & { hide(): void; leave(): void } {
  const windowEvents = new EventTarget();
  const documentEvents = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return {
    window: windowEvents,
    document: documentEvents,
    hide: () => {
      documentEvents.visibilityState = 'hidden';
      documentEvents.dispatchEvent(new Event('visibilitychange'));
    },
    leave: () => windowEvents.dispatchEvent(new Event('pagehide')),
  };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the draft autosaver', () => {
  let presence: ReturnType<typeof fakePresence>;
  let page: ReturnType<typeof fakePage>;
  let states: DraftSaveState[];
  const status = () => states.at(-1)?.status ?? 'saved';

  function autosaver(initial: DraftFields = blank, key = 'new') {
    return createDraftAutosaver({ key, initial, api: presence.api, onState: (state) => states.push(state), page });
  }

  beforeEach(() => {
    vi.useFakeTimers();
    presence = fakePresence();
    page = fakePage();
    states = [];
  });
  afterEach(() => vi.useRealTimers());

  it('does not save what the editor opened with', () => {
    const saver = autosaver(typed('an entry as it was'));
    saver.change(typed('an entry as it was'));
    vi.advanceTimersByTime(autosaveDelayMs * 5);
    expect(presence.saves).toEqual([]);
    expect(status()).toBe('saved');
  });

  it('saves once, about 600 ms after the last keystroke', async () => {
    const saver = autosaver();
    saver.change(typed('H'));
    vi.advanceTimersByTime(400);
    saver.change(typed('He'));
    vi.advanceTimersByTime(400);
    saver.change(typed('Hello'));
    expect(status()).toBe('unsaved');
    vi.advanceTimersByTime(autosaveDelayMs - 1);
    expect(presence.saves).toEqual([]);

    vi.advanceTimersByTime(1);
    expect(presence.saves).toEqual([{ key: 'new', ...typed('Hello') }]);
    expect(status()).toBe('saving');
    presence.answer();
    await settle();
    expect(status()).toBe('saved');
  });

  it('saves at once on flush (the editor losing focus), and not again when the timer would have fired', async () => {
    const saver = autosaver();
    saver.change({ ...blank, templateId: 'self-check', answers: { 'same-care': 'Not really' } });
    const flushed = saver.flush();
    expect(presence.saves).toHaveLength(1);
    presence.answer();
    await flushed;
    vi.advanceTimersByTime(autosaveDelayMs * 2);
    expect(presence.saves).toHaveLength(1);
    expect(await saver.flush()).toBeUndefined(); // nothing new: nothing sent
    expect(presence.saves).toHaveLength(1);
  });

  it('sends the save the moment the page is hidden or goes away, without waiting for the timer', () => {
    const saver = autosaver();
    saver.change(typed('typed, then the window closed'));
    page.leave();
    expect(presence.saves.map((save) => save.text)).toEqual(['typed, then the window closed']);

    saver.change(typed('typed, then switched away'));
    page.hide();
    expect(presence.saves.map((save) => save.text)).toEqual(['typed, then the window closed', 'typed, then switched away']);
  });

  it('keeps saying "saving" until the newest save is answered, and "unsaved" while newer words wait', async () => {
    const saver = autosaver();
    saver.change(typed('first'));
    void saver.flush();
    saver.change(typed('first and more'));
    expect(status()).toBe('unsaved');
    void saver.flush();
    presence.answer();
    await settle();
    expect(status()).toBe('saving');
    presence.answer();
    await settle();
    expect(status()).toBe('saved');
  });

  it('says why a save failed, keeps the words as unsaved and tries again on the next change', async () => {
    const saver = autosaver();
    saver.change(typed('x'.repeat(10)));
    void saver.flush();
    presence.answer(failure('invalid_input', 'That request was not valid.', [{ path: 'text', message: 'A draft can be at most 200,000 characters.' }]));
    await settle();
    expect(states.at(-1)).toEqual({ status: 'failed', problem: 'A draft can be at most 200,000 characters.' });

    // A flush with nothing new still retries: those words were never kept.
    void saver.flush();
    expect(presence.saves).toHaveLength(2);
    presence.answer();
    await settle();
    expect(states.at(-1)).toEqual({ status: 'saved', problem: null });
  });

  it('treats a lost connection as a failure too', async () => {
    const saver = createDraftAutosaver({
      key: 'new',
      initial: blank,
      api: { saveDraft: () => Promise.reject(new Error('gone')), discardDraft: presence.api.discardDraft },
      onState: (state) => states.push(state),
    });
    saver.change(typed('words'));
    await saver.flush();
    expect(status()).toBe('failed');
  });

  it('does not save the restored draft again when the editor takes it up', () => {
    const saver = autosaver();
    const restored = { ...blank, title: 'Tuesday', text: 'left unfinished', answers: { b: '2', a: '1' } };
    saver.adopt(restored);
    saver.change({ ...restored, answers: { a: '1', b: '2' } });
    vi.advanceTimersByTime(autosaveDelayMs * 2);
    expect(presence.saves).toEqual([]);

    saver.change({ ...restored, text: 'left unfinished, now finished' });
    vi.advanceTimersByTime(autosaveDelayMs);
    expect(presence.saves).toHaveLength(1);
  });

  it('discards: nothing waiting is saved and the stored draft is removed', async () => {
    const saver = autosaver();
    saver.change(typed('never mind'));
    await saver.discard();
    vi.advanceTimersByTime(autosaveDelayMs * 2);
    expect(presence.saves).toEqual([]);
    expect(presence.discards).toEqual(['new']);
    expect(status()).toBe('saved');
  });

  it('saves what is pending when disposed, then stops listening to the page', () => {
    const saver = autosaver(blank, '6f1c1d9e-8a7b-4c3d-9e2f-1a2b3c4d5e6f');
    saver.change(typed('closing the editor'));
    saver.dispose();
    expect(presence.saves).toEqual([{ key: '6f1c1d9e-8a7b-4c3d-9e2f-1a2b3c4d5e6f', ...typed('closing the editor') }]);
    page.leave();
    vi.advanceTimersByTime(autosaveDelayMs * 2);
    expect(presence.saves).toHaveLength(1);
  });
});
