import { useCallback, useRef } from 'react';

/**
 * One page load at a time, whether the person pressed "Show older entries" or scrolled near
 * the end. Loading by scrolling pauses while that button has focus (a keyboard user is about
 * to press it, and it must not vanish under them) and after a failure, until the person asks
 * again with the button, which shows what went wrong.
 */
export function useLoadOlder(onLoadOlder: () => Promise<string | null>, loadedCount: number) {
  const inFlight = useRef<Promise<string | null> | null>(null);
  const failedAtCount = useRef<number | null>(null);

  const loadOlder = useCallback((): Promise<string | null> => {
    inFlight.current ??= onLoadOlder().then((problem) => {
      failedAtCount.current = problem === null ? null : loadedCount;
      inFlight.current = null;
      return problem;
    });
    return inFlight.current;
  }, [onLoadOlder, loadedCount]);

  const loadOlderQuietly = useCallback((): void => {
    if (inFlight.current !== null || failedAtCount.current === loadedCount) return;
    if (document.activeElement?.closest('.show-older')) return;
    void loadOlder();
  }, [loadOlder, loadedCount]);

  return { loadOlder, loadOlderQuietly };
}
