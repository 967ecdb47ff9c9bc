import { z } from 'zod';
import { entryTagSchema, journalEntrySchema } from './entry';
import { journalFilterSchema } from './journalFilters';
import { searchFields } from './journalSearch';

/** The wire shapes of search, filters and the tags in use (see ipc/contract.ts). */

export const maxQueryLength = 200;
export const maxSearchHits = 200;

export const searchRequestSchema = z
  .object({
    query: z.string().max(maxQueryLength, `A search can be at most ${maxQueryLength} characters.`).default(''),
    filters: journalFilterSchema.default({}),
    limit: z.number().int().min(1).max(maxSearchHits).default(100),
  })
  .strict();

export type SearchRequest = z.input<typeof searchRequestSchema>;

const textRangeSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const fieldMatchSchema = z
  .object({
    field: z.enum(searchFields),
    index: z.number().int().min(0).optional(),
    ranges: z.array(textRangeSchema),
  })
  .strict();

export const searchHitSchema = z.object({ entry: journalEntrySchema, fields: z.array(fieldMatchSchema) }).strict();

export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z
  .object({
    hits: z.array(searchHitSchema),
    /** How many entries match in all, before the limit. */
    total: z.number().int().min(0),
  })
  .strict();

export type SearchResult = z.infer<typeof searchResultSchema>;

export const tagsInUseSchema = z
  .object({ tags: z.array(z.object({ tag: entryTagSchema, count: z.number().int().min(1) }).strict()) })
  .strict();

export type TagsInUse = z.infer<typeof tagsInUseSchema>;
