import { channelFor, ipcMethods, type IpcMethod, type IpcRequest, type IpcResponse } from './contract';
import { failure, type Result } from './result';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

type BridgeMethod<M extends IpcMethod> =
  undefined extends IpcRequest<M>
    ? (input?: IpcRequest<M>) => Promise<Result<IpcResponse<M>>>
    : (input: IpcRequest<M>) => Promise<Result<IpcResponse<M>>>;

export type PresenceApi = { readonly [M in IpcMethod]: BridgeMethod<M> };

/**
 * Builds `window.presence` from the contract. The preload passes Electron's
 * `ipcRenderer.invoke`; the end-to-end harness passes a Playwright binding.
 * Only the contract's methods exist on the result, nothing else.
 */
export function createBridge(invoke: Invoke): PresenceApi {
  const api: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {};
  for (const method of ipcMethods) {
    const channel = channelFor(method);
    api[method] = async (input?: unknown) => {
      try {
        return (await invoke(channel, input)) as Result<unknown>;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return failure('transport_failed', `Presence could not reach its data service (${reason}).`);
      }
    };
  }
  return Object.freeze(api) as unknown as PresenceApi;
}
