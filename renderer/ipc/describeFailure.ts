import type { IpcError } from '../../shared/ipc/result';

/**
 * The words to show a person for a failed call. For invalid input the
 * individual problems ("An entry needs some words…") read better than the
 * summary, which is written for logs.
 */
export function describeFailure(error: IpcError): string {
  if (error.code === 'invalid_input' && error.issues && error.issues.length > 0) {
    return [...new Set(error.issues.map((issue) => issue.message))].join(' ');
  }
  return error.message;
}
