import type { ResetAnswers } from '../../shared/journal/entry';

export interface ResetQuestion {
  field: keyof ResetAnswers;
  question: string;
  /** A short line under the question, to make starting easier. */
  helper: string;
}

/** The three questions, in the order they are asked; the journal shows answers under the same words. */
export const resetQuestions: readonly ResetQuestion[] = [
  {
    field: 'myFeeling',
    question: 'What am I feeling?',
    helper: 'Under the first reaction, what is there? Name it plainly; it doesn’t have to be fair yet.',
  },
  {
    field: 'theirFeeling',
    question: 'What might they be feeling underneath?',
    helper: 'A guess is enough. Worry, pressure, feeling unheard: what could sit under their words?',
  },
  {
    field: 'curiousReply',
    question: 'How could I answer with curiosity instead of defence?',
    helper: 'A question you could ask them, or one sentence that keeps the door open.',
  },
];

export const blankResetAnswers: ResetAnswers = { myFeeling: '', theirFeeling: '', curiousReply: '' };
