import { describe, expect, it } from 'vitest';
import { jitterMs, planNextInvitation, type PlanInput } from '../../../../shared/scheduler/nextInvitation';
import { emptySchedulerMemory, type SchedulerMemory } from '../../../../shared/scheduler/schedulerTypes';
import { defaultSettings, type Settings } from '../../../../shared/settings/settings';
import { localInstant, localText } from '../../../helpers/localTimeText';

const london = 'Europe/London';
const at = (text: string) => localInstant(text, london);
const minute = 60_000;

function plan(now: string, memory: Partial<SchedulerMemory> = {}, settings: Partial<Settings> = {}, jitterDraw = 0.5) {
  const input: PlanInput = {
    settings: { ...defaultSettings, jitterMinutes: 0, ...settings },
    memory: { ...emptySchedulerMemory, ...memory },
    now: at(now),
    timeZone: london,
    jitterDraw,
  };
  const result = planNextInvitation(input);
  return { ...result, when: result.at === null ? null : localText(result.at, london) };
}

describe('planning the next invitation', () => {
  it('comes one interval after the last invitation', () => {
    expect(plan('2026-01-05 09:10', { lastInvitationAt: at('2026-01-05 09:05') })).toMatchObject({
      when: 'Mon 2026-01-05 10:35',
      due: false,
      status: { kind: 'waiting', nextAt: at('2026-01-05 10:35'), backedOff: false },
    });
  });

  it('is due once that time has come inside active hours', () => {
    expect(plan('2026-01-05 10:35', { lastInvitationAt: at('2026-01-05 09:05') }).due).toBe(true);
    expect(plan('2026-01-05 18:05', { lastInvitationAt: at('2026-01-05 16:35') }).due).toBe(false);
  });

  it('opens each active window five minutes in, and skips inactive days', () => {
    expect(plan('2026-01-05 07:00').when).toBe('Mon 2026-01-05 09:05');
    expect(plan('2026-01-05 16:40', { lastInvitationAt: at('2026-01-05 16:35') }).when).toBe('Tue 2026-01-06 09:05');
    expect(plan('2026-01-09 17:00', { lastInvitationAt: at('2026-01-09 16:35') })).toMatchObject({
      when: 'Mon 2026-01-12 09:05',
      status: { kind: 'waiting' },
    });
    expect(plan('2026-01-10 11:00').status).toEqual({ kind: 'outside-active-hours', nextAt: at('2026-01-12 09:05') });
  });

  it('plans one invitation a short grace after now when its time passed unseen (sleep, restart)', () => {
    expect(plan('2026-01-05 16:00', { lastInvitationAt: at('2026-01-05 09:05') })).toMatchObject({ when: 'Mon 2026-01-05 16:03', due: true });
    expect(plan('2026-01-05 10:00').when).toBe('Mon 2026-01-05 10:03');
    // …unless the grace runs past the end of active hours.
    expect(plan('2026-01-05 17:58', { lastInvitationAt: at('2026-01-05 09:05') }).when).toBe('Tue 2026-01-06 09:05');
  });

  it('waits out the quiet stretch after a pause or a journal entry', () => {
    const memory = { lastInvitationAt: at('2026-01-05 09:05'), lastActivityAt: at('2026-01-05 10:30') };
    expect(plan('2026-01-05 10:31', memory).when).toBe('Mon 2026-01-05 10:50');
    expect(plan('2026-01-05 10:31', memory, { quietAfterActivityMinutes: 0 }).when).toBe('Mon 2026-01-05 10:35');
  });

  it('waits for a snooze to end and says so', () => {
    const snoozed = plan('2026-01-05 10:20', { lastInvitationAt: at('2026-01-05 09:05'), snoozedUntil: at('2026-01-05 12:20') });
    expect(snoozed.status).toEqual({ kind: 'snoozed', until: at('2026-01-05 12:20'), nextAt: at('2026-01-05 12:20') });
    const restOfDay = plan('2026-01-05 10:20', { snoozedUntil: at('2026-01-05 18:00') });
    expect(restOfDay.status).toEqual({ kind: 'snoozed', until: at('2026-01-05 18:00'), nextAt: at('2026-01-06 09:05') });
    expect(plan('2026-01-05 12:21', { lastInvitationAt: at('2026-01-05 09:05'), snoozedUntil: at('2026-01-05 12:20') }).status.kind).toBe('waiting');
  });

  it('spaces invitations out after three ignored, ×2 then ×4, and says so', () => {
    const ignored = (consecutiveIgnored: number) =>
      plan('2026-01-05 09:06', { lastInvitationAt: at('2026-01-05 09:05'), awaitingResponseSince: at('2026-01-05 09:05'), consecutiveIgnored });
    expect(ignored(1).when).toBe('Mon 2026-01-05 10:35');
    expect(ignored(2)).toMatchObject({ when: 'Mon 2026-01-05 12:05', status: { backedOff: true } });
    expect(ignored(3).when).toBe('Mon 2026-01-05 15:05');
    expect(ignored(9).when).toBe('Mon 2026-01-05 15:05');
  });

  it('adds the jitter drawn for this invitation, within ± jitterMinutes', () => {
    const last = { lastInvitationAt: at('2026-01-05 09:05') };
    expect(plan('2026-01-05 09:06', last, { jitterMinutes: 10 }, 0).when).toBe('Mon 2026-01-05 10:25');
    expect(plan('2026-01-05 09:06', last, { jitterMinutes: 10 }, 0.75).when).toBe('Mon 2026-01-05 10:40');
    expect(jitterMs(10, 0.999_999)).toBeLessThanOrEqual(10 * minute);
    expect(jitterMs(0, 0.9)).toBe(0);
    // The same draw gives the same plan however often it is recomputed.
    expect(plan('2026-01-05 10:00', last, { jitterMinutes: 10 }, 0.3).at).toBe(plan('2026-01-05 10:20', last, { jitterMinutes: 10 }, 0.3).at);
  });

  it('uses only later jitter at the start of a window, so the first pause never comes before it opens', () => {
    expect(plan('2026-01-05 07:00', {}, { jitterMinutes: 5 }, 0).when).toBe('Mon 2026-01-05 09:05');
    expect(plan('2026-01-05 07:00', {}, { jitterMinutes: 5 }, 0.9).when).toBe('Mon 2026-01-05 09:09');
  });

  it('keeps the invitation inside a very short window', () => {
    const short = { activeHours: { startMinute: 9 * 60, endMinute: 9 * 60 + 4 } };
    expect(plan('2026-01-05 07:00', {}, short).when).toBe('Mon 2026-01-05 09:02');
  });

  it('wakes at the end of active hours or of a snooze when the status changes before the invitation', () => {
    const evening = plan('2026-01-05 16:40', { lastInvitationAt: at('2026-01-05 16:35') });
    expect([evening.at, evening.wakeAt]).toEqual([at('2026-01-06 09:05'), at('2026-01-05 18:00')]);
    const snoozed = plan('2026-01-05 10:20', { lastInvitationAt: at('2026-01-05 10:05'), snoozedUntil: at('2026-01-05 10:50') });
    expect([snoozed.at, snoozed.wakeAt]).toEqual([at('2026-01-05 11:35'), at('2026-01-05 10:50')]);
    const daytime = plan('2026-01-05 10:20', { lastInvitationAt: at('2026-01-05 10:05') });
    expect(daytime.wakeAt).toBe(daytime.at);
  });

  it('has nothing to plan when no day is active', () => {
    expect(plan('2026-01-05 10:00', {}, { activeDays: [] })).toMatchObject({ at: null, due: false, status: { kind: 'outside-active-hours', nextAt: null } });
  });

  it('treats times remembered from a clock since set back by days as now, instead of going silent', () => {
    const fromTheFuture = { lastInvitationAt: at('2027-01-05 09:05'), snoozedUntil: at('2027-01-05 18:00') };
    expect(plan('2026-01-05 10:00', fromTheFuture)).toMatchObject({ when: 'Mon 2026-01-05 11:30', status: { kind: 'waiting' } });
    // An hour or two of difference is an ordinary adjustment: the plan stays where it was.
    expect(plan('2026-01-05 08:40', { lastInvitationAt: at('2026-01-05 10:35') }).when).toBe('Mon 2026-01-05 12:05');
  });
});
