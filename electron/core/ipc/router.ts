import {
  channelFor,
  ipcContract,
  ipcMethods,
  methodForChannel,
  type IpcMethod,
  type IpcParsedRequest,
  type IpcResponse,
} from '../../../shared/ipc/contract';
import { failure, PresenceError, success, type Result } from '../../../shared/ipc/result';
import { describeIssues } from '../../../shared/ipc/validationIssues';
import { originOf } from '../../../shared/appOrigin';
import type { Logger } from '../logger';

export type IpcHandlers = {
  [M in IpcMethod]: (input: IpcParsedRequest<M>) => Promise<IpcResponse<M>> | IpcResponse<M>;
};

export interface IpcRouter {
  /** Every channel of the contract, for the transport to register. */
  readonly channels: readonly string[];
  /** Never throws: every outcome, good or bad, is a Result. */
  dispatch(channel: string, senderUrl: string | undefined, payload: unknown): Promise<Result<unknown>>;
}

export interface RouterOptions {
  handlers: IpcHandlers;
  /** Origins (protocol + host) whose frames may call; anything else is refused. */
  allowedOrigins: readonly string[];
  log: Logger;
}

export function createRouter({ handlers, allowedOrigins, log }: RouterOptions): IpcRouter {
  const trusted = new Set(allowedOrigins);

  async function dispatch(channel: string, senderUrl: string | undefined, payload: unknown): Promise<Result<unknown>> {
    const method = methodForChannel(channel);
    if (!method) return failure('unknown_channel', `There is no IPC channel called "${channel}".`);

    const origin = senderUrl === undefined ? null : originOf(senderUrl);
    if (origin === null || !trusted.has(origin)) {
      log.warn('refused an IPC call from an untrusted frame', { channel, senderUrl });
      return failure('forbidden_sender', 'This page is not allowed to use Presence data.');
    }

    const schemas = ipcContract[method];
    const parsed = schemas.request.safeParse(payload);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      return failure('invalid_input', `That request was not valid, so nothing changed. ${summary}`, issues);
    }

    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown> | unknown;
      const value = await handler(parsed.data);
      const checked = schemas.response.safeParse(value);
      if (!checked.success) {
        log.error('a handler answered with data that breaks the contract', { method, issues: checked.error.issues });
        return failure('internal', 'Presence ran into an unexpected problem. The details are in its log.');
      }
      return success(checked.data);
    } catch (error) {
      if (error instanceof PresenceError) return failure(error.code, error.message, error.issues);
      log.error(`handler for ${method} failed`, error);
      return failure('internal', 'Presence ran into an unexpected problem. The details are in its log.');
    }
  }

  return { channels: ipcMethods.map(channelFor), dispatch };
}
