import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../electron/core/backend';
import { fakeDesktop } from '../../../../helpers/fakeDesktop';
import { ipcCaller } from '../../../../helpers/ipcCaller';
import { fakeClock, makeTempDir, recordingLogger, testOrigin } from '../../../../helpers/testBackend';

describe('a feeling in a free entry', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;

  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await createBackend({
      dataDir: temp.dir,
      clock: fakeClock(),
      allowedOrigins: [testOrigin],
      log: recordingLogger(),
      desktop: fakeDesktop(),
    });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  const { attempt, call } = ipcCaller(() => backend);
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
