import nodeNotifier from 'node-notifier';
import type { Invitation, Notifier } from '../desktopPorts';
import { firstAnswer } from './firstAnswer';

export interface NotifyRequest {
  title: string;
  message: string;
  /** notify-send's --app-name: how the Linux daemon names the sender. */
  'app-name': string;
  /** SnoreToast's AppUserModelID: electron-builder's appId, which the Windows installer registers. */
  appID: string;
  sound: boolean;
  wait: boolean;
}

/** node-notifier's `notify`, narrowed to what Presence passes; tests hand in a fake. */
export type NotifyFunction = (
  options: NotifyRequest,
  callback: (error: Error | string | null, response?: string) => void,
) => void;

export interface NodeNotifierOptions {
  notify?: NotifyFunction;
  /** How long to wait for the helper before deciding; it must never hang a pause. */
  timeoutMs?: number;
  /**
   * Whether the helper stays running to report a click. terminal-notifier (macOS) and
   * SnoreToast (Windows) do, and then only call back when the person acts; notify-send
   * (Linux) cannot report clicks and exits as soon as the daemon has the notification.
   */
  waitsForClick?: boolean;
}

const defaultNotify: NotifyFunction = (options, callback) => {
  nodeNotifier.notify(options, (error, response) => callback(error, response));
};

/**
 * Notifications through node-notifier's vendored helpers (notify-send, terminal-notifier,
 * SnoreToast). Resolves 'unavailable' when the helper fails (no session bus, no daemon,
 * no notify-send) or does not answer in time, so a pause is never lost to a crash or a hang.
 */
export function createNodeNotifierNotifier(options: NodeNotifierOptions = {}): Notifier {
  const notify = options.notify ?? defaultNotify;
  const timeoutMs = options.timeoutMs ?? 4000;
  const waitsForClick = options.waitsForClick ?? process.platform !== 'linux';

  return {
    show(invitation: Invitation, onClick: () => void) {
      // A helper that waits for a click and has not failed by the time-out is showing the invitation.
      return firstAnswer(timeoutMs, waitsForClick ? 'shown' : 'unavailable', (answer) => {
        const request: NotifyRequest = {
          title: invitation.title,
          message: invitation.body,
          'app-name': 'Presence',
          appID: 'app.presence.desktop',
          sound: invitation.sound,
          wait: waitsForClick,
        };
        notify(request, (error, response) => {
          // node-notifier passes a helper's stderr as `error` even when it succeeded;
          // only an Error means the notification did not get through.
          if (error instanceof Error) return answer('unavailable');
          answer('shown');
          if (isClick(response)) onClick();
        });
      });
    },
  };
}

/** terminal-notifier answers 'activate'; SnoreToast 'activate' or 'clicked'. */
function isClick(response: string | undefined): boolean {
  return response !== undefined && /activate|click/i.test(response);
}
