import type { ExecFile } from '../../electron/core/attention/execFileText';

export type Answer = { stdout: string } | { error: Error };

/** An execFile that answers from a table keyed by "command arg arg…", and records its calls. */
export function fakeExecFile(answers: Record<string, Answer>) {
  const calls: { command: string; timeout: number }[] = [];
  const run: ExecFile = (file, args, options, callback) => {
    const command = [file, ...args].join(' ');
    calls.push({ command, timeout: options.timeout });
    const answer = answers[command] ?? { error: Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' }) };
    queueMicrotask(() => ('error' in answer ? callback(answer.error, '') : callback(null, answer.stdout)));
  };
  return { run, calls };
}
