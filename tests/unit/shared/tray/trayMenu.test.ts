import { describe, expect, it } from 'vitest';
import type { SchedulerStatus } from '../../../../shared/scheduler/schedulerTypes';
import { buildTrayMenu, type TrayMenuItem, type TrayMenuModel } from '../../../../shared/tray/trayMenu';

const at = (time: string) => Date.parse(`2026-11-20T${time}:00Z`);

/** label -> enabled, submenu items included, so a state reads at a glance. */
function enabledByLabel(model: TrayMenuModel): Record<string, boolean> {
  const entries: [string, boolean][] = [];
  const visit = (items: TrayMenuItem[]) => {
    for (const item of items) {
      if (item.type === 'action') entries.push([item.label, item.enabled]);
      if (item.type === 'submenu') {
        entries.push([item.label, item.enabled]);
        visit(item.items);
      }
    }
  };
  visit(model.items);
  return Object.fromEntries(entries);
}

const alwaysOn = { 'Pause now': true, 'Reset before responding': true, Journal: true, 'Settings…': true, 'Quit Presence': true };
const snoozeOn = { Snooze: true, '30 minutes': true, '1 hour': true, '2 hours': true, 'Rest of today': true };
const snoozeOff = { Snooze: false, '30 minutes': false, '1 hour': false, '2 hours': false, 'Rest of today': false };

function menuFor(status: SchedulerStatus, statusText: string) {
  return buildTrayMenu({ status, statusText });
}

describe('buildTrayMenu', () => {
  it('while waiting: everything but Resume', () => {
    const model = menuFor({ kind: 'waiting', nextAt: at('14:30'), backedOff: false }, 'Next pause at 14:30');
    expect(enabledByLabel(model)).toEqual({ ...alwaysOn, ...snoozeOn, Resume: false });
    expect(model.tooltip).toBe('Presence — Next pause at 14:30');
  });

  it('while snoozed: Resume works, and Snooze can still change the snooze', () => {
    const model = menuFor({ kind: 'snoozed', until: at('15:00'), nextAt: at('15:00') }, 'Snoozed until 15:00');
    expect(enabledByLabel(model)).toEqual({ ...alwaysOn, ...snoozeOn, Resume: true });
    expect(model.tooltip).toBe('Presence — Snoozed until 15:00');
  });

  it('outside active hours: nothing to snooze or resume, a pause is still welcome', () => {
    const model = menuFor({ kind: 'outside-active-hours', nextAt: at('09:00') }, 'Next pause tomorrow at 09:00');
    expect(enabledByLabel(model)).toEqual({ ...alwaysOn, ...snoozeOff, Resume: false });
  });

  it('when backed off after ignored invitations: the same menu as waiting, with its own status line', () => {
    const model = menuFor({ kind: 'waiting', nextAt: at('16:00'), backedOff: true }, 'Next pause at 16:00 (giving you space)');
    expect(enabledByLabel(model)).toEqual({ ...alwaysOn, ...snoozeOn, Resume: false });
    expect(model.items[0]).toEqual({ type: 'status', label: 'Next pause at 16:00 (giving you space)' });
  });

  it('when deferred (locked, away, busy): Snooze works, Resume has nothing to resume', () => {
    const model = menuFor({ kind: 'deferred', reason: 'do-not-disturb', since: at('13:00') }, 'Waiting until you are free');
    expect(enabledByLabel(model)).toEqual({ ...alwaysOn, ...snoozeOn, Resume: false });
  });

  it('keeps the order of DESIGN §1, with the status line first and disabled', () => {
    const model = menuFor({ kind: 'waiting', nextAt: at('14:30'), backedOff: false }, 'Next pause at 14:30');
    const shape = model.items.map((item) => (item.type === 'separator' ? '—' : item.label));
    expect(shape).toEqual([
      'Next pause at 14:30', '—', 'Pause now', 'Reset before responding', '—', 'Journal', '—',
      'Snooze', 'Resume', '—', 'Settings…', 'Quit Presence',
    ]);
  });

  it('gives each item its command, snooze choices included', () => {
    const model = menuFor({ kind: 'snoozed', until: at('15:00'), nextAt: at('15:00') }, 'Snoozed until 15:00');
    const commands: string[] = [];
    const visit = (items: TrayMenuItem[]) =>
      items.forEach((item) => (item.type === 'action' ? commands.push(item.command) : item.type === 'submenu' && visit(item.items)));
    visit(model.items);
    expect(commands).toEqual([
      'pause-now', 'reset-before-responding', 'journal',
      'snooze:30m', 'snooze:1h', 'snooze:2h', 'snooze:rest-of-today', 'resume', 'settings', 'quit',
    ]);
  });

  it('cuts a tooltip longer than Windows allows, with an ellipsis', () => {
    const model = menuFor({ kind: 'waiting', nextAt: at('14:30'), backedOff: false }, 'x'.repeat(200));
    expect(model.tooltip).toHaveLength(127);
    expect(model.tooltip.endsWith('…')).toBe(true);
  });
});
