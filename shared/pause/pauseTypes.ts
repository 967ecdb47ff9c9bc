import { z } from 'zod';
import { feelingSchema, maxAnswerLength, resetAnswersSchema } from '../journal/entry';

export const pauseOutcomes = ['taken', 'closed', 'snoozed', 'ignored'] as const;
export type PauseOutcome = (typeof pauseOutcomes)[number];

/** How a pause began: answering an invitation, or of the person's own accord (tray, shortcut). */
export const pauseSources = ['invitation', 'on-demand'] as const;
export type PauseSource = (typeof pauseSources)[number];

export const pauseLogEventSchema = z
  .object({
    at: z.iso.datetime({ offset: false, local: false, precision: 3 }),
    outcome: z.enum(pauseOutcomes),
    source: z.enum(pauseSources),
  })
  .strict();

export type PauseLogEvent = z.infer<typeof pauseLogEventSchema>;

/** Everything Quick Pause needs to begin. */
export const pausePlanSchema = z
  .object({
    source: z.enum(pauseSources),
    prompt: z.object({ id: z.string(), text: z.string() }).strict(),
    shift: z.object({ id: z.string(), text: z.string() }).strict(),
    breath: z.object({ pattern: z.enum(['slow', 'cyclic-sigh']), seconds: z.number().int() }).strict(),
  })
  .strict();

export type PausePlan = z.infer<typeof pausePlanSchema>;

export const pauseFinishSchema = z
  .object({
    /** 'taken' once the person stayed with it; 'closed' when they left before it began. */
    outcome: z.enum(['taken', 'closed']),
    /** Present when they chose to keep the pause in the journal. */
    save: z
      .object({
        feeling: feelingSchema.nullable(),
        promptId: z.string().max(80),
        reflection: z.string().max(maxAnswerLength),
        shift: z.string().max(300).nullable(),
      })
      .strict()
      .nullable(),
  })
  .strict()
  .refine((finish) => finish.save === null || finish.outcome === 'taken', {
    message: 'Only a pause that was taken can be saved.',
    path: ['save'],
  });

export type PauseFinish = z.infer<typeof pauseFinishSchema>;

export const resetInputSchema = z
  .object({ feeling: feelingSchema.nullable(), answers: resetAnswersSchema })
  .strict()
  .refine(
    ({ feeling, answers }) => feeling !== null || Object.values(answers).some((answer) => answer.trim().length > 0),
    { message: 'Write at least one answer, or place your feeling, before saving.', path: ['answers'] },
  );

export type ResetInput = z.infer<typeof resetInputSchema>;
