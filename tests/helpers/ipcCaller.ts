import type { Backend } from '../../electron/core/backend';
import { channelFor, type IpcMethod, type IpcResponse } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { testSenderUrl } from './testBackend';

/**
 * Calls a backend the way a window of the app does: through the router, from the app's
 * origin. `attempt` gives the Result; `call` gives the value and fails the test otherwise.
 * The backend is looked up on every call, so tests that restart it keep one caller.
 */
export function ipcCaller(currentBackend: () => Backend) {
  function attempt<M extends IpcMethod>(method: M, payload?: unknown): Promise<Result<IpcResponse<M>>> {
    return currentBackend().router.dispatch(channelFor(method), testSenderUrl, payload) as Promise<Result<IpcResponse<M>>>;
  }

  async function call<M extends IpcMethod>(method: M, payload?: unknown): Promise<IpcResponse<M>> {
    const result = await attempt(method, payload);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  return { attempt, call };
}
