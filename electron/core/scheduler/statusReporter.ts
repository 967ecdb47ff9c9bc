import type { SchedulerStatus } from '../../../shared/scheduler/schedulerTypes';

/** Passes a status on only when it differs from the last one, so the tray is rebuilt only for real changes. */
export function createStatusReporter(onChange: (status: SchedulerStatus) => void) {
  let shown: SchedulerStatus | null = null;
  return {
    show(status: SchedulerStatus): void {
      if (shown !== null && JSON.stringify(shown) === JSON.stringify(status)) return;
      shown = status;
      onChange(status);
    },
    shown: () => shown,
  };
}
