import { z } from 'zod';
import {
  entryChangesInputSchema,
  entryIdSchema,
  journalEntrySchema,
  journalPageRequestSchema,
  journalPageSchema,
  newEntryInputSchema,
} from '../journal/entry';
import { pauseFinishSchema, pausePlanSchema, resetInputSchema } from '../pause/pauseTypes';
import { schedulerStatusSchema, snoozeOptionSchema } from '../scheduler/schedulerTypes';
import { settingsChangeSchema, settingsSchema } from '../settings/settings';
import { startupReportSchema } from '../store/storeNotice';
import { surfaceSchema } from '../surfaces';

const schedulerView = z.object({ status: schedulerStatusSchema, text: z.string() }).strict();

/**
 * The single source of truth for IPC: method name -> request and response
 * schemas. The preload bridge and the main-side router are both generated from
 * this map, so a channel name is never written twice.
 */
export const ipcContract = {
  getStartupReport: { request: z.undefined(), response: startupReportSchema },
  listEntries: { request: journalPageRequestSchema, response: journalPageSchema },
  getEntry: { request: z.object({ id: entryIdSchema }).strict(), response: journalEntrySchema },
  createEntry: { request: newEntryInputSchema, response: journalEntrySchema },
  updateEntry: { request: entryChangesInputSchema, response: journalEntrySchema },
  deleteEntry: {
    request: z.object({ id: entryIdSchema }).strict(),
    response: z.object({ id: entryIdSchema }).strict(),
  },
  beginPause: { request: z.undefined(), response: pausePlanSchema },
  finishPause: { request: pauseFinishSchema, response: z.object({ entry: journalEntrySchema.nullable() }).strict() },
  saveReset: { request: resetInputSchema, response: journalEntrySchema },
  getSettings: { request: z.undefined(), response: settingsSchema },
  updateSettings: {
    request: settingsChangeSchema,
    /** Warnings are for what was saved but could not take effect, e.g. a shortcut another app holds. */
    response: z.object({ settings: settingsSchema, warnings: z.array(z.string()) }).strict(),
  },
  getSchedulerStatus: { request: z.undefined(), response: schedulerView },
  snooze: { request: z.object({ option: snoozeOptionSchema }).strict(), response: schedulerView },
  resume: { request: z.undefined(), response: schedulerView },
  openSurface: { request: z.object({ surface: surfaceSchema }).strict(), response: z.object({ opened: surfaceSchema }).strict() },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;

export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>;
/** What a handler receives: the request after validation and defaults. */
export type IpcParsedRequest<M extends IpcMethod> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>;

export const ipcMethods = Object.keys(ipcContract) as IpcMethod[];

const channelPrefix = 'presence:';

export function channelFor(method: IpcMethod): string {
  return channelPrefix + method;
}

export function methodForChannel(channel: string): IpcMethod | undefined {
  if (!channel.startsWith(channelPrefix)) return undefined;
  const method = channel.slice(channelPrefix.length);
  return Object.hasOwn(ipcContract, method) ? (method as IpcMethod) : undefined;
}
