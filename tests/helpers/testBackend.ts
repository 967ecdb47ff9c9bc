import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../electron/core/logger';

export const testOrigin = 'app://presence';
export const testSenderUrl = 'app://presence/index.html#/journal';

/** A clock that only moves when the test says so. */
export function fakeClock(start = Date.parse('2026-11-25T09:00:00.000Z')): Clock & { advance(ms: number): void; set(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
  };
}

/** Records what the backend logged, so tests can assert on warnings without console noise. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => {
    lines.push(`${level}: ${message}`);
  };
  return { lines, info: record('info'), warn: record('warn'), error: record('error') };
}

export async function makeTempDir(prefix = 'presence-test-'): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
