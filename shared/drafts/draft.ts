import { z } from 'zod';
import { entryIdSchema, isoTimestampSchema, maxEntryTextLength, maxEntryTitleLength } from '../journal/entry';

/**
 * An unfinished entry, kept so that nothing typed is lost to a closed window,
 * a quit from the tray or a crash. One draft per editor: the new-entry editor
 * ('new') or the editor of one existing entry (its id).
 */
export const draftKeySchema = z.union([z.literal('new'), entryIdSchema]);
export type DraftKey = z.infer<typeof draftKeySchema>;

/** Answers to a guided template, by question id; a template asks at most four. */
export const maxDraftAnswers = 20;

const tooLong =
  `A draft can be at most ${maxEntryTextLength.toLocaleString('en')} characters, text and answers together, like an entry. ` +
  'This change was not kept; the draft saved before it is still there.';

/** Like an entry's size limit, counted over everything the person typed, so an answer cannot slip past it. */
function typedLength(draft: { text: string; answers: Record<string, string> }): number {
  return Object.values(draft.answers).reduce((total, answer) => total + answer.length, draft.text.length);
}

const draftFields = {
  key: draftKeySchema,
  title: z.string().max(maxEntryTitleLength, `A title can be at most ${maxEntryTitleLength} characters.`),
  // Blank text is fine in a draft: a guided entry may have answers only.
  text: z.string().max(maxEntryTextLength, tooLong),
  templateId: z.string().min(1).max(80).nullable(),
  answers: z
    .record(z.string().min(1).max(80), z.string().max(maxEntryTextLength, tooLong))
    .refine((answers) => Object.keys(answers).length <= maxDraftAnswers, 'That is far too many answers for one draft.'),
};

export const draftInputSchema = z
  .object(draftFields)
  .strict()
  .refine((draft) => typedLength(draft) <= maxEntryTextLength, { message: tooLong, path: ['text'] });

export type DraftInput = z.infer<typeof draftInputSchema>;

export const draftSchema = z
  .object({ ...draftFields, savedAt: isoTimestampSchema })
  .strict();

export type Draft = z.infer<typeof draftSchema>;

/** A draft with nothing typed in it is not worth keeping, or worth mentioning after a crash. */
export function isBlankDraft(draft: Pick<Draft, 'title' | 'text' | 'answers'>): boolean {
  return [draft.title, draft.text, ...Object.values(draft.answers)].every((words) => words.trim() === '');
}
