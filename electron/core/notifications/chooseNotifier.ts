import type { Settings } from '../../../shared/settings/settings';
import type { Logger } from '../logger';
import type { Invitation, Notifier } from '../desktopPorts';

export interface NotifierChoice {
  /** Electron's notifications, or null where the platform does not support them. */
  systemNotifier: Notifier | null;
  nodeNotifier: Notifier;
  /** The Settings choice, read on every invitation so a change applies to the next one. */
  preference: () => Settings['notifier'];
  /** Opens Quick Pause without taking focus: the invitation when no notification can be shown. */
  openGently: (invitation: Invitation) => void;
  log: Logger;
}

export const notificationsUnavailableMessage =
  'notifications are not available on this desktop; Presence will open Quick Pause gently instead';

/**
 * The Notifier core uses. 'automatic' tries Electron's notifications where supported,
 * then node-notifier; a named choice uses only that one. When nothing can show the
 * invitation, Quick Pause opens gently instead, and the reason is logged once rather
 * than at every pause of the day. It never rejects.
 */
export function chooseNotifier(choice: NotifierChoice): Notifier {
  let toldUnavailable = false;

  const candidates = (): Notifier[] => {
    const { systemNotifier, nodeNotifier } = choice;
    switch (choice.preference()) {
      case 'electron':
        return systemNotifier ? [systemNotifier] : [];
      case 'node-notifier':
        return [nodeNotifier];
      case 'automatic':
        return systemNotifier ? [systemNotifier, nodeNotifier] : [nodeNotifier];
    }
  };

  return {
    async show(invitation, onClick) {
      for (const notifier of candidates()) {
        // Through then(), so a notifier that throws instead of rejecting is caught too.
        const result = await Promise.resolve()
          .then(() => notifier.show(invitation, onClick))
          .catch((error: unknown) => {
            choice.log.warn('a notifier failed unexpectedly', error);
            return 'unavailable' as const;
          });
        if (result === 'shown') return 'shown';
      }
      if (!toldUnavailable) {
        toldUnavailable = true;
        choice.log.warn(notificationsUnavailableMessage);
      }
      try {
        choice.openGently(invitation);
        // The person has been invited after all, just through the window.
        return 'shown';
      } catch (error) {
        choice.log.error('could not open Quick Pause gently', error);
        return 'unavailable';
      }
    },
  };
}
