/**
 * Every IPC call answers with a Result instead of throwing: an envelope is
 * structured-cloneable, so it crosses contextBridge and Playwright bindings
 * intact, and the renderer is forced by the type to handle the failure case.
 */
export const ipcErrorCodes = [
  'invalid_input',
  'forbidden_sender',
  'unknown_channel',
  'not_found',
  /** Well-formed, but the thing is not in a state that allows it (e.g. deleting for good an entry that is not in the trash). */
  'conflict',
  'data_unavailable',
  'transport_failed',
  'internal',
] as const;

export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export interface IpcIssue {
  path: string;
  message: string;
}

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  issues?: IpcIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(code: IpcErrorCode, message: string, issues?: IpcIssue[]): Result<T> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}

/** Thrown by services for failures the person should hear about in plain words. */
export class PresenceError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    /** Per-field reasons, for forms that show each message at its field. */
    readonly issues?: IpcIssue[],
  ) {
    super(message);
    this.name = 'PresenceError';
  }
}
