import { z } from 'zod';
import { canonicalValueName } from '../content/valueNames';

/** Large enough for a long letter to oneself; anything bigger is refused with a message, never cut. */
export const maxEntryTextLength = 200_000;
export const maxEntryTitleLength = 200;

// Always UTC with milliseconds, so timestamps sort correctly as plain strings.
export const isoTimestampSchema = z.iso.datetime({ offset: false, local: false, precision: 3 });

export const entryIdSchema = z.uuid();

export const maxAnswerLength = 5_000;
const feelingAxis = z.number().int().min(-5).max(5);

/** Where the person placed themselves on the pleasantness × energy plane, and the word they chose. */
export const feelingSchema = z
  .object({
    pleasantness: feelingAxis,
    energy: feelingAxis,
    word: z.string().trim().min(1).max(40).nullable(),
  })
  .strict();

export type Feeling = z.infer<typeof feelingSchema>;

export const entryPromptSchema = z.object({ id: z.string().max(80), text: z.string().max(600) }).strict();

/** The three questions of "Reset before responding". */
export const resetAnswersSchema = z
  .object({
    myFeeling: z.string().max(maxAnswerLength),
    theirFeeling: z.string().max(maxAnswerLength),
    curiousReply: z.string().max(maxAnswerLength),
  })
  .strict();

export type ResetAnswers = z.infer<typeof resetAnswersSchema>;

export const maxTagsPerEntry = 20;

/** A tag is one word or a few joined by hyphens, so it reads the same in search, filters and Markdown. */
export const entryTagSchema = z
  .string()
  .min(1)
  .max(40, 'A tag can be at most 40 characters.')
  .regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}_-]*$/u, 'A tag is lower-case letters, digits, - or _, with no spaces.');

export const entryKinds = ['free', 'pause', 'reset'] as const;
export type EntryKind = (typeof entryKinds)[number];

export const journalEntrySchema = z
  .object({
    id: entryIdSchema,
    kind: z.enum(entryKinds),
    title: z.string().max(maxEntryTitleLength),
    text: z.string().max(maxEntryTextLength),
    feeling: feelingSchema.nullable(),
    prompt: entryPromptSchema.nullable(),
    /** The small shift chosen for the next hour, in a pause. */
    shift: z.string().max(300).nullable(),
    reset: resetAnswersSchema.nullable(),
    /** The person's own labels, lower-case, without the leading #. */
    tags: z.array(entryTagSchema).max(maxTagsPerEntry),
    /** Names from the Personal Values Card Sort that this entry touches. */
    values: z.array(z.string().min(1).max(40)).max(maxTagsPerEntry),
    createdAt: isoTimestampSchema,
    updatedAt: isoTimestampSchema,
    /** Set while the entry is in the trash; it is removed for good 30 days later. */
    deletedAt: isoTimestampSchema.nullable(),
  })
  .strict();

export type JournalEntry = z.infer<typeof journalEntrySchema>;

const entryTitleInput = z
  .string()
  .max(maxEntryTitleLength, `A title can be at most ${maxEntryTitleLength} characters.`);
const entryTextInput = z
  .string()
  .max(
    maxEntryTextLength,
    `An entry can be at most ${maxEntryTextLength.toLocaleString('en')} characters. Nothing was saved; try splitting it into two entries.`,
  )
  .refine((text) => text.trim().length > 0, 'An entry needs some words before it can be saved.');

// Repeats are allowed before de-duplication, but not without bound: each one is checked.
const rawListLimit = 200;
const tooManyItems = 'That is far too many to add to one entry.';

/** Keeps the first of each, in the order given: a tag typed twice is one tag. */
const withoutRepeats = (items: string[]) => [...new Set(items)];

/** Checked per tag (with its own message), then de-duplicated, then counted. */
export const entryTagsInputSchema = z
  .array(entryTagSchema)
  .max(rawListLimit, tooManyItems)
  .transform(withoutRepeats)
  .pipe(z.array(z.string()).max(maxTagsPerEntry, `An entry can have at most ${maxTagsPerEntry} tags.`));

/** Values are chosen from the card sort's names, so search and filters always find them by one spelling. */
export const entryValueNameSchema = z
  .string()
  .refine((name) => canonicalValueName(name) === name, 'Choose a value from the list of personal values.');

export const entryValuesInputSchema = z
  .array(entryValueNameSchema)
  .max(rawListLimit, tooManyItems)
  .transform(withoutRepeats)
  .pipe(z.array(z.string()).max(maxTagsPerEntry, `An entry can have at most ${maxTagsPerEntry} values.`));

export const newEntryInputSchema = z
  .object({
    title: entryTitleInput.default(''),
    text: entryTextInput,
    tags: entryTagsInputSchema.optional(),
    values: entryValuesInputSchema.optional(),
    feeling: feelingSchema.nullable().optional(),
    /** The journal question the entry was written from, if any. */
    promptId: z.string().max(80).optional(),
  })
  .strict();

/** Tags, values and the feeling left out keep what the entry has, so an older caller never wipes them. */
export const entryChangesInputSchema = z
  .object({
    id: entryIdSchema,
    title: entryTitleInput,
    text: entryTextInput,
    tags: entryTagsInputSchema.optional(),
    values: entryValuesInputSchema.optional(),
    feeling: feelingSchema.nullable().optional(),
  })
  .strict();

export type EntryChanges = z.output<typeof entryChangesInputSchema>;

/** Opaque to the renderer: pass back what the previous page returned. */
export const journalCursorSchema = z.string().max(200);

export const journalPageRequestSchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(50),
    after: journalCursorSchema.nullable().default(null),
  })
  .strict();

export const journalPageSchema = z
  .object({
    entries: z.array(journalEntrySchema),
    nextCursor: journalCursorSchema.nullable(),
  })
  .strict();

export type JournalPage = z.infer<typeof journalPageSchema>;

/** Newest first; ties broken by id so paging never skips or repeats an entry. */
export function compareNewestFirst(a: JournalEntry, b: JournalEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
