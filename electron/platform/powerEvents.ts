import { powerMonitor } from 'electron';

export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

const forwarded: readonly PowerEvent[] = ['suspend', 'resume', 'lock-screen', 'unlock-screen'];

/** The scheduler re-plans on these instead of polling the clock or the session. */
export function setupPowerEvents(onEvent: (event: PowerEvent) => void): void {
  for (const event of forwarded) {
    powerMonitor.on(event as 'suspend', () => onEvent(event));
  }
}
