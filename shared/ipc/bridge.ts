import { channelFor, ipcMethods, type IpcMethod, type IpcRequest, type IpcResponse } from './contract';
import { presenceEventSchema, type PresenceEvent, type SubscribeToEvents } from './events';
import { failure, type Result } from './result';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

type BridgeMethod<M extends IpcMethod> =
  undefined extends IpcRequest<M>
    ? (input?: IpcRequest<M>) => Promise<Result<IpcResponse<M>>>
    : (input: IpcRequest<M>) => Promise<Result<IpcResponse<M>>>;

export type PresenceApi = { readonly [M in IpcMethod]: BridgeMethod<M> } & {
  /** Hears every change pushed by the main process; returns the way to stop listening. */
  readonly onEvent: (listener: (event: PresenceEvent) => void) => () => void;
};

/**
 * Builds `window.presence` from the contract. The preload passes Electron's
 * `ipcRenderer.invoke` and a subscription to the event channel; the end-to-end
 * harness passes a Playwright binding. Only the contract's methods and
 * `onEvent` exist on the result, nothing else.
 */
export function createBridge(invoke: Invoke, subscribe: SubscribeToEvents): PresenceApi {
  const api: Record<string, unknown> = {};
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
  api.onEvent = (listener: (event: PresenceEvent) => void) =>
    subscribe((payload) => {
      // Only well-formed events reach the page, whatever arrives on the channel.
      const event = presenceEventSchema.safeParse(payload);
      if (event.success) listener(event.data);
    });
  return Object.freeze(api) as unknown as PresenceApi;
}
