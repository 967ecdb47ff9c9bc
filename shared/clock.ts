/** Injected everywhere time matters, so tests can run days in milliseconds. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}
