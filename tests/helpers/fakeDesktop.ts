import type { DesktopPorts } from '../../electron/core/backendOptions';
import type { Invitation, Surface } from '../../electron/core/desktopPorts';
import { fakeFileChooser, type FakeFileChooser } from './fakeFileChooser';

export interface FakeDesktop extends DesktopPorts {
  /** Surfaces opened, in order, with whether they were opened gently. */
  opened: Array<{ surface: Surface; gently: boolean }>;
  invitations: Invitation[];
  /** Clicks the most recent invitation, as the person would. */
  clickLatestInvitation(): void;
  shortcut: { accelerator: string; press: (() => void) | null };
  /** Accelerators that another app holds. */
  takenShortcuts: Set<string>;
  /** Every theme the backend applied, in order. */
  themes: string[];
  /** Set `exportDestination` / `importFile` to what the person would choose. */
  files: FakeFileChooser;
}

/**
 * A desktop that records what the backend asked of it. Timers are real unless
 * a test passes simulated ones; with the default 90-minute interval nothing fires during a test.
 */
export function fakeDesktop(overrides: Partial<Omit<DesktopPorts, 'files'>> = {}): FakeDesktop {
  const opened: FakeDesktop['opened'] = [];
  const invitations: Invitation[] = [];
  const clicks: Array<() => void> = [];
  const shortcut: FakeDesktop['shortcut'] = { accelerator: '', press: null };
  const takenShortcuts = new Set<string>();
  const themes: string[] = [];

  return {
    opened,
    invitations,
    shortcut,
    takenShortcuts,
    themes,
    applyTheme: (theme) => themes.push(theme),
    clickLatestInvitation: () => clicks.at(-1)?.(),
    systemNotifier: {
      show: async (invitation, onClick) => {
        invitations.push(invitation);
        clicks.push(onClick);
        return 'shown';
      },
    },
    nodeNotifier: { show: async () => 'unavailable' },
    signals: { isScreenLocked: () => false, idleSeconds: () => 60, isDoNotDisturb: async () => false },
    timers: {
      setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    surfaces: { open: (surface, options) => opened.push({ surface, gently: options?.gently ?? false }) },
    shortcuts: {
      apply: (accelerator, onPress) => {
        if (accelerator === '') {
          Object.assign(shortcut, { accelerator: '', press: null });
          return 'removed';
        }
        if (takenShortcuts.has(accelerator)) return 'taken';
        Object.assign(shortcut, { accelerator, press: onPress });
        return 'registered';
      },
    },
    timeZone: () => 'Europe/London',
    random: () => 0.5,
    ...overrides,
    files: fakeFileChooser(),
  };
}
