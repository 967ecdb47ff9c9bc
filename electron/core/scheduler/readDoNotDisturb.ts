import type { AttentionSignals } from '../desktopPorts';
import type { Logger } from '../logger';
import { doNotDisturbAnswerTimeoutMs } from './deferral';
import type { SingleTimer } from './singleTimer';

/**
 * Asks the desktop once, with the scheduler's single timer as a watchdog (so a timer is
 * still armed while waiting): a hung or failing query reads as null, "cannot tell".
 */
export function readDoNotDisturb(signals: AttentionSignals, timer: SingleTimer, log: Logger): Promise<boolean | null> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: boolean | null) => {
      if (settled) return;
      settled = true;
      timer.disarm(watchdog);
      resolve(answer);
    };
    const watchdog = timer.arm(doNotDisturbAnswerTimeoutMs, () => {
      log.warn('The desktop did not say whether do-not-disturb is on; inviting as if it were off.');
      settle(null);
    });
    signals.isDoNotDisturb().then(settle, (error: unknown) => {
      log.warn('Could not read do-not-disturb; inviting as if it were off.', error);
      settle(null);
    });
  });
}
