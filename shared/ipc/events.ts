import { z } from 'zod';
import { schedulerStatusSchema } from '../scheduler/schedulerTypes';
import { settingsSchema } from '../settings/settings';

/**
 * What the main process tells every open window, on one channel: a change made
 * in one window (or by the scheduler) shows up in the others without a reload.
 */
export const presenceEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('journal-changed') }).strict(),
  z.object({ type: z.literal('settings-changed'), settings: settingsSchema }).strict(),
  z.object({ type: z.literal('scheduler-changed'), status: schedulerStatusSchema, text: z.string() }).strict(),
]);

export type PresenceEvent = z.infer<typeof presenceEventSchema>;

export const presenceEventChannel = 'presence:event';

/** Subscribes to raw event payloads; returns the way to unsubscribe. */
export type SubscribeToEvents = (listener: (payload: unknown) => void) => () => void;
