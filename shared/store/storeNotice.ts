import { z } from 'zod';

/**
 * Something the store had to do on the person's behalf (set a damaged file
 * aside, restore a backup, leave a newer file untouched) and must tell them about.
 */
export const storeNoticeSchema = z
  .object({
    kind: z.enum(['restored_from_backup', 'started_fresh', 'newer_version', 'unreadable', 'shortcut_taken']),
    /** The data file concerned, if any. */
    file: z.string().nullable(),
    keptAt: z.string().nullable(),
    /** Plain words for the person. */
    message: z.string(),
    /** The technical reason, for a "details" disclosure and for support. */
    detail: z.string(),
  })
  .strict();

export type StoreNotice = z.infer<typeof storeNoticeSchema>;

export const startupReportSchema = z
  .object({
    dataDir: z.string(),
    notices: z.array(storeNoticeSchema),
  })
  .strict();

export type StartupReport = z.infer<typeof startupReportSchema>;
