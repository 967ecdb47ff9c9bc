import type { z } from 'zod';
import type { IpcIssue } from './result';

/** Zod's issues as field path + message, the shape forms use to show each message at its field. */
export function describeIssues(error: z.ZodError): IpcIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(payload)',
    message: issue.message,
  }));
}
