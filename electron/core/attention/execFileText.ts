import { execFile } from 'node:child_process';

/** node's execFile for a command that prints text, narrowed so tests can hand in a fake. */
export type ExecFile = (
  file: string,
  args: string[],
  options: { timeout: number },
  callback: (error: Error | null, stdout: string) => void,
) => void;

export const execFileText: ExecFile = (file, args, options, callback) => {
  execFile(file, args, { ...options, encoding: 'utf8' }, (error, stdout) => callback(error, stdout));
};
