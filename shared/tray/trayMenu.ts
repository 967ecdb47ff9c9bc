import type { SchedulerStatus, SnoozeOption } from '../scheduler/schedulerTypes';

export type TrayCommand =
  | 'pause-now'
  | 'reset-before-responding'
  | 'today'
  | 'journal'
  | 'values'
  | `snooze:${SnoozeOption}`
  | 'resume'
  | 'settings'
  | 'quit';

export type TrayMenuItem =
  | { type: 'status'; label: string }
  | { type: 'action'; command: TrayCommand; label: string; enabled: boolean }
  | { type: 'separator' }
  | { type: 'submenu'; label: string; enabled: boolean; items: TrayMenuItem[] };

export interface TrayMenuModel {
  tooltip: string;
  items: TrayMenuItem[];
}

export interface TrayState {
  status: SchedulerStatus;
  /** Already worded for the person, e.g. "Next pause at 14:30" or "Snoozed until 15:00". */
  statusText: string;
}

/** Windows cuts tray tooltips at 127 characters; cut them ourselves, with an ellipsis. */
const tooltipLimit = 127;

const snoozeChoices: { option: SnoozeOption; label: string }[] = [
  { option: '30m', label: '30 minutes' },
  { option: '1h', label: '1 hour' },
  { option: '2h', label: '2 hours' },
  { option: 'rest-of-today', label: 'Rest of today' },
];

const action = (command: TrayCommand, label: string, enabled = true): TrayMenuItem => ({ type: 'action', command, label, enabled });
const separator: TrayMenuItem = { type: 'separator' };

/**
 * The tray menu as plain data, rebuilt from the scheduler's status on every change.
 *
 * What a person would expect, and so what it does:
 * - Pause now, Reset, Journal, Settings and Quit always work: taking a
 *   pause yourself is welcome whatever the schedule says.
 * - Snooze works while waiting or deferred, and also while snoozed, so a snooze that
 *   turned out too short (or too long) can be changed; a new choice counts from now.
 * - Snooze is disabled outside active hours: no invitation is coming to silence, and
 *   a menu item that seems to act but changes nothing misleads. Days off belong to
 *   active days in Settings.
 * - Resume is enabled only while snoozed; it stays in place otherwise, so the menu
 *   does not shift under the pointer from one state to the next.
 */
export function buildTrayMenu({ status, statusText }: TrayState): TrayMenuModel {
  const snoozed = status.kind === 'snoozed';
  const canSnooze = status.kind !== 'outside-active-hours';
  const fullTooltip = `Presence — ${statusText}`;
  const tooltip = fullTooltip.length > tooltipLimit ? `${fullTooltip.slice(0, tooltipLimit - 1)}…` : fullTooltip;

  return {
    tooltip,
    items: [
      { type: 'status', label: statusText },
      separator,
      action('pause-now', 'Pause now'),
      action('reset-before-responding', 'Reset before responding'),
      separator,
      // Today and Values join the menu with their windows (the values and daily-prompt work);
      // an item that opened the wrong window would only confuse.
      action('journal', 'Journal'),
      separator,
      {
        type: 'submenu',
        label: 'Snooze',
        enabled: canSnooze,
        items: snoozeChoices.map(({ option, label }) => action(`snooze:${option}`, label, canSnooze)),
      },
      action('resume', 'Resume', snoozed),
      separator,
      action('settings', 'Settings…'),
      action('quit', 'Quit Presence'),
    ],
  };
}
