import type { Clock } from '../../shared/clock';
import type { Logger } from './logger';

export interface BackendOptions {
  /** The folder Presence owns: settings, journal months, backups, the lock file. */
  dataDir: string;
  clock: Clock;
  /** Frame origins allowed to call IPC: `app://presence` in the app, the test server in e2e. */
  allowedOrigins: readonly string[];
  log: Logger;
}
