import { useEffect, useState } from 'react';

const tickMs = 200;

/**
 * Milliseconds since the breath began, updated a few times a second, and
 * stopping at `totalMs`. The circle's movement itself is a CSS transition, so
 * these ticks only decide when a phase changes and what the countdown says.
 */
export function useBreathClock(totalMs: number): number {
  const [elapsed, setElapsed] = useState(0);

  useEffect(() => {
    const start = performance.now();
    const timer = window.setInterval(() => {
      const now = Math.min(performance.now() - start, totalMs);
      setElapsed(now);
      if (now >= totalMs) window.clearInterval(timer);
    }, tickMs);
    return () => window.clearInterval(timer);
  }, [totalMs]);

  return elapsed;
}
