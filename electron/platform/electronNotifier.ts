import { Notification } from 'electron';
import type { Notifier } from '../core/desktopPorts';
import { firstAnswer } from '../core/notifications/firstAnswer';

/**
 * Invitations through Electron's own notifications (Notification Center, Windows
 * toasts, libnotify on Linux). On Windows a toast shows only once the app has an
 * AppUserModelID (app.setAppUserModelId, at startup in main.ts).
 */
export function createElectronNotifier(timeoutMs = 3000): Notifier {
  // Electron drops a notification's handlers when the object is garbage collected,
  // so live notifications are held here until clicked or closed; the cap keeps ones
  // that simply expired from piling up over weeks of running.
  const live = new Set<Notification>();
  const hold = (notification: Notification) => {
    live.add(notification);
    const oldest = live.values().next().value;
    if (live.size > 20 && oldest) live.delete(oldest);
  };

  return {
    show(invitation, onClick) {
      if (!Notification.isSupported()) return Promise.resolve('unavailable');
      // 'failed' comes promptly when the platform refuses; silence after that means it is up.
      return firstAnswer(timeoutMs, 'shown', (answer) => {
        const notification = new Notification({ title: invitation.title, body: invitation.body, silent: !invitation.sound });
        hold(notification);
        notification.on('show', () => answer('shown'));
        notification.on('click', () => {
          live.delete(notification);
          onClick();
        });
        notification.on('close', () => live.delete(notification));
        notification.on('failed', () => {
          live.delete(notification);
          answer('unavailable');
        });
        notification.show();
      });
    },
  };
}

/** What DesktopPorts.systemNotifier expects: Electron's notifier, or null where it cannot work. */
export function electronNotifierIfSupported(): Notifier | null {
  return Notification.isSupported() ? createElectronNotifier() : null;
}
