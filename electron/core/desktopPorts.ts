import type { Surface } from '../../shared/surfaces';

export type { Surface };

/**
 * What core needs from the desktop, as interfaces: electron/platform implements
 * them with Electron, tests with fakes. Core never learns which one it has.
 */

export interface Invitation {
  title: string;
  body: string;
  sound: boolean;
}

export interface Notifier {
  /** Shows the invitation; `onClick` opens Quick Pause. Resolves 'unavailable' instead of throwing. */
  show(invitation: Invitation, onClick: () => void): Promise<'shown' | 'unavailable'>;
}

/** Read only when a decision is due, never polled in the background. */
export interface AttentionSignals {
  isScreenLocked(): boolean;
  /** Seconds since the last keyboard or mouse input. */
  idleSeconds(): number;
  /** True when the desktop says not to disturb (or a full-screen app is in front); null when it cannot tell. */
  isDoNotDisturb(): Promise<boolean | null>;
}

/** A monotonic timer, so a wall-clock jump never fires it early or late. */
export interface Timers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}


export interface SurfaceOpener {
  /** Opens (or focuses) a window. `gently` shows it without taking focus from what the person is doing. */
  open(surface: Surface, options?: { gently?: boolean }): void;
}

export interface ShortcutRegistrar {
  /** Replaces the global shortcut; '' removes it. 'taken' when another app holds it. */
  apply(accelerator: string, onPress: () => void): 'registered' | 'taken' | 'removed';
}
