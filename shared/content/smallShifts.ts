import type { PromptTheme } from './promptThemes';
import { randomIndex } from './random';

/** One concrete thing to try in the next hour, offered at the end of a pause. */
export interface SmallShift {
  /** `shift.<n>`, stable forever: retire a number rather than reuse it. */
  id: string;
  theme: PromptTheme;
  text: string;
}

/** Like a pause prompt, a small shift fits one line of a notification. */
export const maxSmallShiftLength = 90;

const catalogue: Readonly<Record<number, readonly [PromptTheme, string]>> = {
  1: ['presence', 'Before you answer the next message, take one slow breath.'],
  2: ['presence', 'Have your next drink or snack without a screen in front of you.'],
  3: ['presence', 'Next time you stand up, feel each foot meet the floor.'],
  4: ['presence', 'Close every tab you’re not using right now.'],
  5: ['presence', 'Take the long way to wherever you go next, and look around.'],
  6: ['feelings', 'Each time you switch tasks this hour, name what you feel in one word.'],
  7: ['feelings', 'If a feeling shows up this hour, give it three breaths before you act on it.'],
  8: ['feelings', 'Tell one person how you’re actually doing, in one honest sentence.'],
  9: ['feelings', 'When irritation tugs at you, find where it sits in your body.'],
  10: ['being-real', 'In your next conversation, say one thing you think instead of what sounds good.'],
  11: ['being-real', 'If someone asks how you are, give an answer truer than “fine”.'],
  12: ['being-real', 'Send your next message as you’d say it out loud, without polishing it.'],
  13: ['patience', 'Let the next person finish their sentence before you start yours.'],
  14: ['patience', 'When something is slow to load, use the wait for one long breath out.'],
  15: ['patience', 'Do your next task at three-quarter speed and notice what changes.'],
  16: ['boundaries', 'Before agreeing to anything this hour, say “let me check and come back to you”.'],
  17: ['boundaries', 'Turn off notifications for one app until the hour is up.'],
  18: ['boundaries', 'Say no to one request, kindly and without a long explanation.'],
  19: ['boundaries', 'Decide when your work ends today, and tell someone.'],
  20: ['boundaries', 'Finish one thing before you say yes to the next.'],
  21: ['commitment', 'Spend ten minutes on the thing you’ve been putting off.'],
  22: ['commitment', 'Write down the one thing you’ll finish before this hour ends.'],
  23: ['commitment', 'Keep one small promise to yourself this hour, and notice that you kept it.'],
  24: ['safe-curious-relationships', 'Ask someone a question you don’t know the answer to, and listen.'],
  25: ['safe-curious-relationships', 'Before replying to something that stings, ask what they meant.'],
  26: ['safe-curious-relationships', 'Send a short note to someone you’ve been thinking about.'],
  27: ['safe-curious-relationships', 'In your next disagreement, say back what you heard before you answer.'],
  28: ['self-compassion', 'Drink a full glass of water, slowly.'],
  29: ['self-compassion', 'Catch one harsh thought about yourself and answer it the way a friend would.'],
  30: ['self-compassion', 'Take five minutes away from every screen, your phone included.'],
  31: ['self-compassion', 'Stretch your arms above your head, then let them fall.'],
  32: ['values-alignment', 'Do one small thing this hour that your values would recognise.'],
  33: ['values-alignment', 'Do the task that matters most before the one that’s loudest.'],
  34: ['values-alignment', 'Write one line about why what you’re doing now matters to you.'],
  35: ['values-alignment', 'Give five minutes to something you care about but rarely make time for.'],
};

export const smallShifts: readonly SmallShift[] = Object.freeze(
  Object.entries(catalogue).map(([n, [theme, text]]) => Object.freeze({ id: `shift.${n}`, theme, text })),
);

export function smallShiftsFor(theme: PromptTheme): SmallShift[] {
  return smallShifts.filter((shift) => shift.theme === theme);
}

/**
 * A uniformly random small shift, never `excludeId` (the one shown last) unless it is the only one.
 * `random` returns a number in [0, 1), like Math.random; it is injected so tests are deterministic.
 */
export function pickSmallShift(random: () => number, excludeId?: string): SmallShift {
  const others = smallShifts.filter((shift) => shift.id !== excludeId);
  const pool = others.length > 0 ? others : smallShifts;
  return pool[randomIndex(random, pool.length)] as SmallShift;
}
