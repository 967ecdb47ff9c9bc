import type { Page } from '@playwright/test';
import type { IpcMethod, IpcResponse } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

type UntypedApi = Record<string, (input?: unknown) => Promise<unknown>>;

/**
 * Calls `window.presence.<method>(input)` inside the page, exactly as the
 * renderer would. The input is deliberately untyped so tests can send what a
 * compromised or buggy page might.
 */
export function callPresence<M extends IpcMethod>(page: Page, method: M, input?: unknown): Promise<Result<IpcResponse<M>>> {
  return page.evaluate(
    ([name, payload]) => {
      const api = (window as unknown as { presence: UntypedApi }).presence;
      const call = api[name];
      if (!call) throw new Error(`window.presence has no method ${name}`);
      return call(payload);
    },
    [method, input] as const,
  ) as Promise<Result<IpcResponse<M>>>;
}
