import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';

/** What the real-notification test needs; CI installs xvfb dbus-x11 dunst libnotify-bin. */
export const desktopTools = ['Xvfb', 'dbus-run-session', 'dbus-monitor', 'dbus-send', 'dunst', 'dunstctl', 'notify-send'];

export function missingTools(tools = desktopTools): string[] {
  const folders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const found = (tool: string) =>
    folders.some((folder) => {
      try {
        accessSync(join(folder, tool), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  return tools.filter((tool) => !found(tool));
}

/** Ends a process we started, politely first; resolves once it has exited. */
export function stopProcess(child: ChildProcess, { group = false, graceMs = 2000 } = {}): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  const signal = (name: NodeJS.Signals) => {
    try {
      // A negative pid reaches the whole process group the child leads (and only that).
      process.kill(group ? -pid : pid, name);
    } catch {
      // Already gone.
    }
  };
  return new Promise((resolve) => {
    const force = setTimeout(() => signal('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    signal('SIGTERM');
  });
}

export interface HeadlessDisplay {
  display: string;
  stop(): Promise<void>;
}

/**
 * Starts Xvfb on a display it picks itself (-displayfd), so parallel runs never
 * collide; Xvfb writes the number only once it accepts connections.
 */
export function startXvfb(timeoutMs = 10_000): Promise<HeadlessDisplay> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let announced = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      void stopProcess(xvfb).then(() => reject(new Error(`${reason}\n${stderr}`)));
    };
    const timer = setTimeout(() => fail(`Xvfb did not start within ${timeoutMs} ms`), timeoutMs);
    xvfb.once('error', (error) => fail(`Xvfb could not start: ${error.message}`));
    xvfb.once('exit', (code) => fail(`Xvfb exited early with code ${code}`));
    (xvfb.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      announced += chunk.toString();
      if (!announced.includes('\n')) return;
      clearTimeout(timer);
      xvfb.removeAllListeners('exit');
      resolve({ display: `:${announced.trim()}`, stop: () => stopProcess(xvfb) });
    });
  });
}

/**
 * Runs `notificationSession.sh <outDir> <command…>` in a fresh session bus on the given
 * display. The session runs in its own process group, so a time-out stops all of it.
 */
export function runInNotificationSession(
  display: string,
  outDir: string,
  command: string[],
  timeoutMs = 20_000,
): Promise<{ code: number | null; stderr: string }> {
  const script = fileURLToPath(new URL('notificationSession.sh', import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  const session = spawn('dbus-run-session', ['--', 'bash', script, outDir, ...command], {
    // The project root, where `node --import tsx` finds tsx.
    cwd: fileURLToPath(new URL('../../../', import.meta.url)),
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  session.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    const finish = (code: number | null) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    };
    const timer = setTimeout(() => {
      stderr += `\nthe session did not finish within ${timeoutMs} ms and was stopped`;
      void stopProcess(session, { group: true });
    }, timeoutMs);
    // A failed spawn may never emit 'close'.
    session.once('error', (error) => {
      stderr += `\n${error.message}`;
      finish(null);
    });
    session.once('close', finish);
  });
}
