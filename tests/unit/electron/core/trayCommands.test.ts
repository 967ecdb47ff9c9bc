import { describe, expect, it, vi } from 'vitest';
import { runTrayCommand } from '../../../../electron/core/trayCommands';
import { recordingLogger } from '../../../helpers/testBackend';

function targets() {
  return {
    backend: { snooze: vi.fn(async () => {}), resume: vi.fn(async () => {}) },
    surfaces: { open: vi.fn() },
    quit: vi.fn(),
    log: recordingLogger(),
  };
}

describe('runTrayCommand', () => {
  it('opens the surface each item names', () => {
    const t = targets();
    runTrayCommand('pause-now', t);
    runTrayCommand('reset-before-responding', t);
    runTrayCommand('journal', t);
    runTrayCommand('settings', t);
    expect(t.surfaces.open.mock.calls).toEqual([['quick-pause'], ['reset'], ['journal'], ['settings']]);
  });

  it('snoozes for the chosen time, resumes and quits', () => {
    const t = targets();
    runTrayCommand('snooze:rest-of-today', t);
    runTrayCommand('resume', t);
    runTrayCommand('quit', t);
    expect(t.backend.snooze).toHaveBeenCalledWith('rest-of-today');
    expect(t.backend.resume).toHaveBeenCalledTimes(1);
    expect(t.quit).toHaveBeenCalledTimes(1);
  });

  it('logs a failed snooze instead of leaving an unhandled rejection', async () => {
    const t = targets();
    t.backend.snooze.mockRejectedValue(new Error('disk full'));
    runTrayCommand('snooze:30m', t);
    await vi.waitFor(() => expect(t.log.lines).toContain('error: the tray command "snooze:30m" failed'));
  });
});
