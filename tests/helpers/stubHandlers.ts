import type { IpcHandlers } from '../../electron/core/ipc/router';
import { ipcMethods } from '../../shared/ipc/contract';

/**
 * Handlers for every contract method, each failing loudly if called, with the
 * ones a test cares about given in `overrides`. Derived from the contract, so a
 * new method never needs an edit here.
 */
export function handlersWith(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const unused = Object.fromEntries(
    ipcMethods.map((method) => [
      method,
      () => {
        throw new Error(`${method} is not used in this test`);
      },
    ]),
  );
  return { ...unused, ...overrides } as IpcHandlers;
}
