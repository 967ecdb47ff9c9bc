import type { Clock } from '../../shared/clock';
import type { Settings } from '../../shared/settings/settings';
import type { AttentionSignals, Notifier, ShortcutRegistrar, SurfaceOpener, Timers } from './desktopPorts';
import type { FileChooser } from './files/fileChooser';
import type { Logger } from './logger';

/** The desktop around the backend: Electron adapters in the app, fakes in tests. */
export interface DesktopPorts {
  /** Electron's notifications where the platform supports them, else null. */
  systemNotifier: Notifier | null;
  /** node-notifier: the fallback, and a setting of its own. */
  nodeNotifier: Notifier;
  signals: AttentionSignals;
  timers: Timers;
  surfaces: SurfaceOpener;
  shortcuts: ShortcutRegistrar;
  /** Save and open dialogs, for exporting and importing the journal. */
  files: FileChooser;
  /** Light, dark or following the system, for every window and the tray icon. */
  applyTheme: (theme: Settings['theme']) => void;
  /** The IANA zone now in force; read afresh each time, since it can change while the app runs. */
  timeZone: () => string;
  random: () => number;
}

export interface BackendOptions {
  /** The folder Presence owns: settings, journal months, backups, the lock file. */
  dataDir: string;
  clock: Clock;
  /** Frame origins allowed to call IPC: `app://presence` in the app, the test server in e2e. */
  allowedOrigins: readonly string[];
  log: Logger;
  desktop: DesktopPorts;
}
