import type { TrayCommand } from '../../shared/tray/trayMenu';
import type { Backend } from './backend';
import type { SurfaceOpener } from './desktopPorts';
import type { Logger } from './logger';

export interface TrayCommandTargets {
  backend: Pick<Backend, 'snooze' | 'resume'>;
  surfaces: SurfaceOpener;
  quit: () => void;
  log: Logger;
}

/** What each tray menu item does; kept out of the Electron adapter so it is tested plainly. */
export function runTrayCommand(command: TrayCommand, { backend, surfaces, quit, log }: TrayCommandTargets): void {
  const report = (error: unknown) => log.error(`the tray command "${command}" failed`, error);
  if (command.startsWith('snooze:')) {
    backend.snooze(command.slice('snooze:'.length) as Parameters<Backend['snooze']>[0]).catch(report);
    return;
  }
  switch (command) {
    case 'pause-now':
      return surfaces.open('quick-pause');
    case 'reset-before-responding':
      return surfaces.open('reset');
    case 'today':
    case 'journal':
    case 'values':
    case 'settings':
      return surfaces.open(command);
    case 'resume':
      backend.resume().catch(report);
      return;
    case 'quit':
      return quit();
  }
}
