import { afterEach, beforeEach } from 'vitest';
import { createBackend, type Backend } from '../../electron/core/backend';
import { fakeDesktop } from './fakeDesktop';
import { ipcCaller } from './ipcCaller';
import { fakeClock, makeTempDir, recordingLogger, testOrigin } from './testBackend';

/**
 * A fresh backend on its own temporary folder for every test of the calling
 * `describe`, closed and removed afterwards; call it at the top of the block.
 */
export function backendPerTest() {
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

  return { ...ipcCaller(() => backend), backend: () => backend };
}
