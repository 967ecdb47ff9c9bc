/**
 * An index in [0, length) from an injected `random` (a number in [0, 1), like Math.random).
 * Tolerant of a `random` that returns 1, a negative number or NaN, so a bad source
 * can skew a pick but never break it.
 */
export function randomIndex(random: () => number, length: number): number {
  const r = random();
  const index = Number.isFinite(r) ? Math.floor(r * length) : 0;
  return Math.min(length - 1, Math.max(0, index));
}
