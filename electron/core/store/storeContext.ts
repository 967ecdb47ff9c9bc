import type { Clock } from '../../../shared/clock';
import type { StoreNotice } from '../../../shared/store/storeNotice';
import type { Logger } from '../logger';
import type { Backups } from './backups';

/** What every document needs from the store around it. */
export interface StoreContext {
  dataDir: string;
  clock: Clock;
  log: Logger;
  backups: Backups;
  /** Collected for the UI: what the store did on the person's behalf. */
  notices: StoreNotice[];
}
