import { z } from 'zod';
import {
  entryChangesInputSchema,
  entryIdSchema,
  isoTimestampSchema,
  journalEntrySchema,
  journalPageRequestSchema,
  journalPageSchema,
  newEntryInputSchema,
} from '../journal/entry';
import { draftInputSchema, draftKeySchema, draftSchema } from '../drafts/draft';
import { searchRequestSchema, searchResultSchema, tagsInUseSchema } from '../journal/journalFindIpc';
import { exportJournalOutcomeSchema, exportJournalRequestSchema, importJournalOutcomeSchema } from '../journal/journalTransfer';
import { pauseFinishSchema, pausePlanSchema, resetInputSchema } from '../pause/pauseTypes';
import { schedulerStatusSchema, snoozeOptionSchema } from '../scheduler/schedulerTypes';
import { settingsChangeSchema, settingsSchema } from '../settings/settings';
import { startupReportSchema } from '../store/storeNotice';
import { surfaceSchema } from '../surfaces';

const entryIdRequest = z.object({ id: entryIdSchema }).strict();
const schedulerView = z.object({ status: schedulerStatusSchema, text: z.string() }).strict();

/**
 * The single source of truth for IPC: method name -> request and response
 * schemas. The preload bridge and the main-side router are both generated from
 * this map, so a channel name is never written twice.
 */
export const ipcContract = {
  getStartupReport: { request: z.undefined(), response: startupReportSchema },
  listEntries: { request: journalPageRequestSchema, response: journalPageSchema },
  getEntry: { request: entryIdRequest, response: journalEntrySchema },
  createEntry: { request: newEntryInputSchema, response: journalEntrySchema },
  updateEntry: { request: entryChangesInputSchema, response: journalEntrySchema },
  /** Full-text search and filters together over the timeline (never the trash), newest first. */
  searchEntries: { request: searchRequestSchema, response: searchResultSchema },
  /** The tags on entries in the timeline, most used first: the choices for the tag filter. */
  listTags: { request: z.undefined(), response: tagsInUseSchema },
  /** Moves the entry to the trash; restoreEntry undoes it. */
  deleteEntry: { request: entryIdRequest, response: z.object({ id: entryIdSchema, deletedAt: isoTimestampSchema }).strict() },
  restoreEntry: { request: entryIdRequest, response: journalEntrySchema },
  /** Most recently deleted first; entries past the retention period are removed for good first. */
  listTrash: { request: z.undefined(), response: z.object({ entries: z.array(journalEntrySchema) }).strict() },
  /** Only for an entry already in the trash; anything else is refused with 'conflict'. */
  deleteForever: { request: entryIdRequest, response: z.object({ id: entryIdSchema }).strict() },
  beginPause: { request: z.undefined(), response: pausePlanSchema },
  /** A journal question to start an entry from, from the rotation so none repeats within the last ten. */
  nextJournalPrompt: { request: z.undefined(), response: z.object({ id: z.string(), text: z.string() }).strict() },
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
  /** Asks where with the system's dialog; Markdown holds the timeline, JSON everything (the trash too). */
  exportJournal: { request: exportJournalRequestSchema, response: exportJournalOutcomeSchema },
  /** Asks for a JSON export and merges it by id; a file it cannot read changes nothing. */
  importJournal: { request: z.undefined(), response: importJournalOutcomeSchema },
  /** Keeps an editor's unfinished words; a newer save for the same key replaces one still waiting to be written. */
  saveDraft: { request: draftInputSchema, response: z.object({ savedAt: isoTimestampSchema }).strict() },
  getDraft: { request: z.object({ key: draftKeySchema }).strict(), response: draftSchema.nullable() },
  discardDraft: { request: z.object({ key: draftKeySchema }).strict(), response: z.object({ key: draftKeySchema }).strict() },
  /** Newest first, so the Journal can offer to pick up an entry left unfinished by a crash. */
  listDrafts: { request: z.undefined(), response: z.object({ drafts: z.array(draftSchema) }).strict() },
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
