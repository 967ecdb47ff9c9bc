import { z } from 'zod';
import { draftSchema, type Draft } from '../../../shared/drafts/draft';
import type { DocumentType } from '../store/documentType';

export interface DraftsData {
  /** At most one per key. */
  drafts: Draft[];
}

export const draftsDocument: DocumentType<DraftsData> = {
  kind: 'journal-drafts',
  version: 1,
  schema: z.object({ drafts: z.array(draftSchema) }).strict(),
  migrations: [],
  empty: () => ({ drafts: [] }),
  describe: () => 'Your unfinished journal entries',
};

export const draftsFile = 'drafts.json';
