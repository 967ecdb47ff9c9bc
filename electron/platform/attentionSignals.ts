import { powerMonitor } from 'electron';
import { readDesktopBusy } from '../core/attention/desktopBusy';
import type { AttentionSignals } from '../core/desktopPorts';

/**
 * What the scheduler asks just before inviting a pause: locked, away, or busy.
 * Nothing here polls; each answer is read when asked.
 */
export function createAttentionSignals(readBusy: () => Promise<boolean | null> = readDesktopBusy): AttentionSignals & { dispose(): void } {
  // macOS and Windows announce locking; Linux answers through getSystemIdleState
  // (Chromium asks the screensaver service), so both are consulted.
  let lockedByEvent = false;
  const onLock = () => (lockedByEvent = true);
  const onUnlock = () => (lockedByEvent = false);
  powerMonitor.on('lock-screen', onLock);
  powerMonitor.on('unlock-screen', onUnlock);

  return {
    isScreenLocked: () => lockedByEvent || powerMonitor.getSystemIdleState(60) === 'locked',
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    isDoNotDisturb: () => readBusy().catch(() => null),
    dispose() {
      powerMonitor.off('lock-screen', onLock);
      powerMonitor.off('unlock-screen', onUnlock);
    },
  };
}
