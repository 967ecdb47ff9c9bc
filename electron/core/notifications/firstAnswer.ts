export type ShowResult = 'shown' | 'unavailable';

/**
 * Runs `attempt` and resolves with the first answer it gives, or with
 * `silence` after `timeoutMs`: a notification service that hangs must never
 * hold an invitation up. An attempt that throws answers 'unavailable'.
 */
export function firstAnswer(timeoutMs: number, silence: ShowResult, attempt: (answer: (result: ShowResult) => void) => void): Promise<ShowResult> {
  return new Promise((resolve) => {
    let settled = false;
    const answer = (result: ShowResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => answer(silence), timeoutMs);
    try {
      attempt(answer);
    } catch {
      answer('unavailable');
    }
  });
}
