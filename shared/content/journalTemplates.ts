/**
 * Guided journal templates (DESIGN.md §1, Journal): a few questions to write under,
 * each with a hint that makes starting easier. Written to invite, never to instruct.
 *
 * A single open "prompted" entry needs nothing new here: `pickPrompt({ surface: 'journal', … })`
 * from ./promptRotation already rotates through the journal prompts.
 */

export interface JournalTemplateQuestion {
  /** Stable forever within its template: drafts and saved answers refer to it. */
  id: string;
  text: string;
  /** A short line under the question. */
  hint: string;
}

export interface JournalTemplate {
  /** Stable forever: drafts refer to it. */
  id: string;
  name: string;
  description: string;
  questions: readonly JournalTemplateQuestion[];
}

/**
 * The three questions of "Reset before responding", mirrored from
 * renderer/reset/resetQuestions.ts (shared/ may not import the renderer); a test
 * keeps the two word for word the same. Ids are the ResetAnswers field names.
 */
const resetBeforeResponding: JournalTemplate = {
  id: 'reset-before-responding',
  name: 'Reset before responding',
  description: 'For a tense moment with someone, before you answer them.',
  questions: [
    {
      id: 'myFeeling',
      text: 'What am I feeling?',
      hint: 'Under the first reaction, what is there? Name it plainly; it doesn’t have to be fair yet.',
    },
    {
      id: 'theirFeeling',
      text: 'What might they be feeling underneath?',
      hint: 'A guess is enough. Worry, pressure, feeling unheard: what could sit under their words?',
    },
    {
      id: 'curiousReply',
      text: 'How could I answer with curiosity instead of defence?',
      hint: 'A question you could ask them, or one sentence that keeps the door open.',
    },
  ],
};

export const journalTemplates: readonly JournalTemplate[] = [
  {
    id: 'boundaries',
    name: 'Boundaries',
    description: 'For when you said yes and something in you said no.',
    questions: [
      {
        id: 'yes-meant-no',
        text: 'Where did I say yes lately when I meant no?',
        hint: 'A small one is enough: a favour, a meeting, a late-night reply.',
      },
      {
        id: 'honouring-my-limit',
        text: 'What would honouring my limit look like there?',
        hint: 'Picture it plainly: the words you’d use, and what you’d leave undone.',
      },
      {
        id: 'what-makes-it-hard',
        text: 'What makes it hard to say so?',
        hint: 'Not wanting to let someone down, dreading the conflict, something else: whatever is true for you.',
      },
      {
        id: 'next-time',
        text: 'What is one kind, clear sentence I could use next time?',
        hint: 'Something short that protects your time without explaining everything.',
      },
    ],
  },
  {
    id: 'self-check',
    name: 'Self-check',
    description: 'A few honest minutes with how you are, right now.',
    questions: [
      {
        id: 'autopilot-or-present',
        text: 'Have I been on autopilot today, or present?',
        hint: 'No need to grade it. Notice one moment of each, if there was one.',
      },
      {
        id: 'feelings-away-or-let-be',
        text: 'Am I pushing a feeling away, or letting it be here?',
        hint: 'Name the feeling if you can. Letting it be doesn’t mean you have to like it.',
      },
      {
        id: 'same-care',
        text: 'Am I treating myself with the care I give others?',
        hint: 'How would you speak to a friend in your place today?',
      },
    ],
  },
  {
    id: 'reconnect',
    name: 'Reconnect with what matters',
    description: 'For when the days have been busy and you have drifted a little.',
    questions: [
      {
        id: 'matters-most',
        text: 'What matters most to me right now?',
        hint: 'A value, a person, a way of being. A few words are plenty.',
      },
      {
        id: 'living-by-it',
        text: 'Am I living by it at the moment?',
        hint: 'Where it shows in your days, and where it has slipped out of view.',
      },
      {
        id: 'small-shift',
        text: 'What small shift would bring me a little closer?',
        hint: 'Something for this week, small enough that it feels easy to begin.',
      },
    ],
  },
  resetBeforeResponding,
];

/** The template with this id; undefined for an unknown one (a draft may outlive a retired template), like `promptById`. */
export function templateById(id: string): JournalTemplate | undefined {
  return journalTemplates.find((template) => template.id === id);
}
