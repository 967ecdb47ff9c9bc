import { z } from 'zod';

const epochMs = z.number().int().min(0);

/** What the scheduler remembers across restarts (scheduler.json). */
export const schedulerMemorySchema = z
  .object({
    snoozedUntil: epochMs.nullable(),
    lastInvitationAt: epochMs.nullable(),
    /** The last pause taken or journal entry written: the next invitation waits for a quiet stretch after it. */
    lastActivityAt: epochMs.nullable(),
    /** Invitations in a row that got no response; drives the back-off. */
    consecutiveIgnored: z.number().int().min(0),
    /** Set while the last invitation still awaits a response (cleared by taking, closing or snoozing it). */
    awaitingResponseSince: epochMs.nullable(),
  })
  .strict();

export type SchedulerMemory = z.infer<typeof schedulerMemorySchema>;

export const emptySchedulerMemory: SchedulerMemory = {
  snoozedUntil: null,
  lastInvitationAt: null,
  lastActivityAt: null,
  consecutiveIgnored: 0,
  awaitingResponseSince: null,
};

export const snoozeOptions = ['30m', '1h', '2h', 'rest-of-today'] as const;
export type SnoozeOption = (typeof snoozeOptions)[number];
export const snoozeOptionSchema = z.enum(snoozeOptions);

export const deferReasons = ['locked', 'away', 'do-not-disturb', 'typing'] as const;
export type DeferReason = (typeof deferReasons)[number];

/** What the tray, the tooltip and Settings show. Times are epoch ms. */
export const schedulerStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('waiting'), nextAt: epochMs, backedOff: z.boolean() }).strict(),
  z.object({ kind: z.literal('snoozed'), until: epochMs, nextAt: epochMs }).strict(),
  z.object({ kind: z.literal('outside-active-hours'), nextAt: epochMs.nullable() }).strict(),
  z.object({ kind: z.literal('deferred'), reason: z.enum(deferReasons), since: epochMs }).strict(),
]);

export type SchedulerStatus = z.infer<typeof schedulerStatusSchema>;
