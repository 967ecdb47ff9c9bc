import { promptSurfaces, promptThemes } from './promptThemes';
import type { PromptSurface, PromptTheme } from './promptThemes';

export interface Prompt {
  /** `<theme>.<surface>.<n>`, stable forever: journal entries and the rotation history refer to it. */
  id: string;
  theme: PromptTheme;
  surface: PromptSurface;
  text: string;
}

/**
 * Every prompt, in the project's own words.
 *
 * The numbers are the last part of each id. To change a prompt's meaning, retire its
 * number and add a new one; never renumber, never reuse a retired number. Fixing a typo
 * in place is fine.
 *
 * Pause: one short line (at most 90 characters), an invitation rather than a task.
 * Daily: the question of the day, one or two sentences.
 * Journal: guided writing, as long as it needs to be.
 * Never "should", never an exclamation mark.
 */
const catalogue: Record<PromptTheme, Record<PromptSurface, Readonly<Record<number, string>>>> = {
  presence: {
    pause: {
      1: 'What is your breath doing right now?',
      2: 'Feel your feet on the floor. Stay with them for three breaths.',
      3: 'Let your arms hang loose for a breath, as if you had just put down a heavy bag.',
      4: 'Name three sounds you can hear from where you are.',
      5: 'Are you here, or already in the next thing?',
      6: 'Look away from the screen and let your eyes rest on something far off.',
      7: 'Before the next click, notice what your hands are touching.',
    },
    daily: {
      1: 'Could you stay in one conversation today from start to finish, without drifting off? What would help?',
      2: 'Which ordinary moment today could you meet on purpose: a meal, a walk, the first sip of something warm?',
      3: 'When did you last do one thing at a time? Where could that fit into today?',
      4: 'What tends to pull you out of the moment you’re in? Today, notice when it happens, without trying to fix it.',
      5: 'Who will you be with today, and how do you want to be with them?',
    },
    journal: {
      1: 'Describe the last ten minutes as if you were noticing them for the first time: what you saw, what you heard, what your body felt. What slipped past you while it was happening?',
      2: 'Recall a recent moment when you were with someone but your mind was somewhere else. Where did it go? What was it trying to take care of?',
      3: 'Remember a time you felt completely here. What made it possible? Which part of that could you bring into an ordinary weekday?',
      4: 'Autopilot or present? Go through your day so far and mark the moments that were each. What do the present ones have in common?',
    },
  },

  feelings: {
    pause: {
      1: 'What are you feeling right now, in one word?',
      2: 'If this moment had weather, what would it be?',
      3: 'Where in your body is your mood sitting today?',
      4: 'Is there a feeling you’ve been stepping around? Let it in for one breath.',
      5: 'Name what you feel. Naming is enough; nothing needs fixing.',
      6: 'Underneath the busyness, what’s there?',
      7: 'Tight, heavy, light or buzzing: which one fits your chest right now?',
    },
    daily: {
      1: 'Which feeling has visited you most this week? What might it be asking for?',
      2: 'Some feelings are harder to let yourself have than others. Which is it for you? Today, see if you can notice it once without arguing with it.',
      3: 'How are you, really? Take a moment before you answer, even to yourself.',
      4: 'What would change today if every feeling were allowed to be there, even the inconvenient ones?',
      5: 'What gave you a small lift yesterday? Keep an eye out for it today.',
    },
    journal: {
      1: 'Pushing feelings away, or letting them be? Write about a feeling you pushed away recently. What did it take to hold it down, and what did it want you to know?',
      2: 'Choose one feeling from today and describe it without naming it: its temperature, its weight, where it sits, what it makes you want to do. Then find the most precise word you can for it.',
      3: 'Has anyone ever let you feel what you felt without trying to cheer you up? What did that give you, or what would it have given you? How could you offer a little of it to yourself now?',
      4: 'When you were growing up, which feelings were welcome at home and which were not? Notice whether that still shapes what you let yourself feel today.',
    },
  },

  'being-real': {
    pause: {
      1: 'Is the face you’re wearing right now the one you feel?',
      2: 'Who are you trying to impress in this moment?',
      3: 'Are you saying what you think, or what will go down well?',
      4: 'Nobody is watching this breath. What is true right now?',
      5: 'What are you pretending not to feel?',
      6: 'Let your face rest. It can have no expression at all for a breath.',
      7: 'Busy, or looking busy?',
    },
    daily: {
      1: 'Where do you perform the most: at work, with family, online? Today, notice one moment when the act begins.',
      2: 'What is one true thing you could say today that you usually smooth over?',
      3: 'Who do you feel most like yourself with? What is different about being with them?',
      4: 'When someone asks how you are today, what would an honest one-word answer be instead of “fine”?',
      5: 'What are you keeping up to look like a good colleague, friend or partner that costs more than it gives?',
    },
    journal: {
      1: 'Other people usually meet one version of you. How is it different from the one writing this? What might happen if the two came a little closer together?',
      2: 'Recall a conversation where you laughed along, agreed, or stayed quiet to keep things smooth. What did you actually think? Write the answer you’d have given if nobody’s opinion of you were at stake.',
      3: 'Being always available can look like care. Where in your life is it care, and where is it fear of being left out or let go? Write about the difference.',
      4: 'Imagine telling the people who love you one thing you usually keep back. What would it be? Write it here first, where it’s safe.',
    },
  },

  patience: {
    pause: {
      1: 'What are you rushing towards? Could it wait one breath?',
      2: 'Let this task take the time it takes.',
      3: 'Notice the urge to hurry. Where does it live in your body?',
      4: 'What if you’re exactly as far along as you can be today?',
      5: 'The next message can wait until this breath is finished.',
      6: 'Slow your next three movements down by half.',
      7: 'Someone moving slower than you’d like? Breathe out before you speak.',
    },
    daily: {
      1: 'Who tests your patience most at the moment? What might be hard for them that you can’t see?',
      2: 'Where are you impatient with your own progress? What would a kinder pace look like today?',
      3: 'Today, when you catch yourself waiting for a kettle, a page or a reply, could the waiting be a small rest?',
      4: 'What is growing slowly in your life that needs more time rather than more pushing?',
    },
    journal: {
      1: 'The last time you lost your patience, what happened in your body just before? What were you needing in that moment that you were not getting? Write it out slowly.',
      2: 'Pick something you learned slowly: a skill, a relationship, a way of being. What helped you keep going while the progress was invisible?',
      3: 'Someone in your life is changing more slowly than you’d like. Write what you wish for them, then what you fear for them. Which of the two is driving your impatience?',
      4: 'Impatience often carries a story about where things ought to be by now. Write down the story you’re telling about one part of your life. Whose timeline is it?',
    },
  },

  boundaries: {
    pause: {
      1: 'Is there a yes coming up that you mean as a no?',
      2: 'What do you need right now that you’re not asking for?',
      3: 'Before you reply, check: do you have room for this?',
      4: 'How close are you to one of your limits today?',
      5: 'Saying no to this could be saying yes to something else. What would it be?',
      6: 'You’re allowed to answer later.',
      7: 'You’ve been there for others today. Have you been there for yourself?',
    },
    daily: {
      1: 'Where did you say yes this week and mean no? What might a kind, clear no have sounded like?',
      2: 'What is one limit you could protect today: your time, your energy, your evening?',
      3: 'Who are you afraid to disappoint? What happens in you when you imagine letting them down a little?',
      4: 'What would it look like today to be generous without giving more than you have?',
      5: 'Which of your boundaries do people respect easily, and which keep getting crossed? What is different between them?',
    },
    journal: {
      1: 'Find a recent moment when you said yes and meant no. Write about it: what was asked, what you felt, what you said. Then write what honouring your limit would have looked like, in words you could actually use.',
      2: 'In some relationships it’s hard to tell where your part ends and the other person’s begins. Choose one. What is yours to carry there, and what isn’t?',
      3: 'Some people keep their limits and stay warm while doing it. Picture one of them. What do they say, and how do they say it? What could you borrow?',
      4: 'Imagine saying no to a request you’d usually accept. Write the conversation, including the other person’s reaction and how you feel afterwards. What do you notice about the worst case once it’s written down?',
    },
  },

  commitment: {
    pause: {
      1: 'What did you promise yourself today? Is it still within reach?',
      2: 'One small step on the hard thing: what is it?',
      3: 'If this is getting hard, what made it worth starting?',
      4: 'You can do the next small part without feeling like it. What is it?',
      5: 'Which of your commitments is asking for you right now?',
      6: 'Is this the point where you usually stop? Stay one minute longer.',
      7: 'What would keeping your word to yourself look like in the next ten minutes?',
    },
    daily: {
      1: 'Which commitment matters enough to keep when it’s inconvenient? What will make it hard today?',
      2: 'Who is counting on you, and who are you counting on? How do you want to be there for them today?',
      3: 'What have you started and then put down? Is it time to pick it up again, or to let it go on purpose?',
      4: 'When motivation runs out, what carries you? Today, lean on that instead of waiting for the mood.',
    },
    journal: {
      1: 'Go back to a commitment you kept through a hard stretch. What kept you there? What did it give you that an easier path wouldn’t have?',
      2: 'Some commitments deserve to be kept, and some deserve to be ended honestly. Pick one you’re unsure about and write the case for each, as fairly as you can.',
      3: 'List the promises you’ve made to yourself this month. Beside each one, note whether it still matters to you. Which would you keep even if nobody ever knew?',
      4: 'What makes a commitment hard for you to keep: fear of failing, boredom, other people’s needs, tiredness? Write about how it usually goes, and one small change that could make the next hard day easier.',
    },
  },

  'safe-curious-relationships': {
    pause: {
      1: 'The next person you talk to may be carrying something. What might it be?',
      2: 'Before you defend yourself, ask: what might they be trying to say?',
      3: 'Who do you feel safe with? Picture their face for one breath.',
      4: 'What could you ask someone today, just to know them a little better?',
      5: 'Who have you been bracing against lately? What is underneath that?',
      6: 'What might the other person be feeling, underneath what they said?',
      7: 'Listen to the next person right to the end of their sentence.',
    },
    daily: {
      1: 'Who do you feel safe with, and what do they do that makes it so? How could you offer that to someone today?',
      2: 'If a tense moment is coming today, how could you meet it with a question instead of a defence?',
      3: 'What is something about a person close to you that you’ve stopped being curious about?',
      4: 'Have you been keeping score in one of your relationships? What would it take to put the score down for a day?',
      5: 'When did you last feel truly listened to? Who could you listen to like that today?',
    },
    journal: {
      1: 'Think of a recent moment of tension with someone. What were you feeling? What might they have been feeling underneath their words? How could you answer with curiosity instead of defence?',
      2: 'In which relationship can you be fully yourself? Write about what makes it safe, and the ways you help make it safe for the other person too.',
      3: 'Choose someone who frustrates you and write a page from their side: their day, their worries, what they want from you. What do you understand now that you didn’t before?',
      4: 'What do you do when you feel unsafe with someone: go quiet, get sharp, try to please, leave? Write about where that comes from and what it’s trying to protect.',
    },
  },

  'self-compassion': {
    pause: {
      1: 'How would you speak to a friend who felt the way you feel now?',
      2: 'Place a hand where it feels tense. Leave it there for a breath.',
      3: 'One thing you handled today deserves some credit. Which one?',
      4: 'That voice in your head right now: is it helping, or only being harsh?',
      5: 'This is a hard moment. It’s allowed to be hard.',
      6: 'What would make the next hour a little gentler for you?',
      7: 'Unclench something: your jaw, your hands, your opinion of yourself.',
    },
    daily: {
      1: 'Where are you hardest on yourself lately? What would you say to someone you love in the same place?',
      2: 'Looking after yourself today could be one small, practical act. Which one?',
      3: 'Which mistake are you still replaying? What would it take to let it be a lesson instead of a verdict?',
      4: 'Are you treating yourself with the care you give others? Where is the gap today?',
    },
    journal: {
      1: 'Write about something you’re struggling with. Then read it back as if a close friend had written it, and write the reply you’d send them.',
      2: 'Describe the voice that criticises you. What does it sound like, whose words does it borrow, what is it afraid of? What would a kinder voice say that’s still honest?',
      3: 'There may be a part of yourself you usually hide or apologise for. Write about where it came from and what it has been trying to do for you.',
      4: 'List what you’ve carried this week: tasks, worries, other people’s moods. Next to each, write one word for how it felt. Now that you can see it all, what do you need?',
    },
  },

  'values-alignment': {
    pause: {
      1: 'Is what you’re doing right now something you would choose again?',
      2: 'Of everything you could do in the next hour, what matters most?',
      3: 'Does this task serve something you care about, or only somebody’s hurry?',
      4: 'Name one value you lived by today, even in a small way.',
      5: 'If your next choice showed who you want to be, what would it be?',
      6: 'Are you spending this hour on what matters, or on what’s loudest?',
      7: 'Which of your values is asking for attention right now?',
    },
    daily: {
      1: 'What matters most to you right now? What is one way to live by it today, however small?',
      2: 'Look at your plans for today. Which of them reflect what you care about, and which are only momentum?',
      3: 'Which part of your life feels furthest from your values at the moment? What small shift could bring it one step closer?',
      4: 'When you look back on today, what would make you glad of how you spent it?',
    },
    journal: {
      1: 'Start with what matters most to you now. Are you living by it? Describe the distance between the two without judging it, then name one small shift for this week.',
      2: 'Think of a time you acted in line with your values even though it was hard. What did you choose, and how did it feel afterwards?',
      3: 'Write about someone whose way of living you admire. Which of their values do you share? Where in your own life do those values already show, and where are they still waiting?',
      4: 'Imagine someone close to you describing, years from now, what you stood for. What would you want them to say? What are you doing this month that they could point to?',
    },
  },
};

export const prompts: readonly Prompt[] = Object.freeze(
  promptThemes.flatMap((theme) =>
    promptSurfaces.flatMap((surface) =>
      Object.entries(catalogue[theme][surface]).map(([n, text]) =>
        Object.freeze({ id: `${theme}.${surface}.${n}`, theme, surface, text }),
      ),
    ),
  ),
);

const promptsById = new Map(prompts.map((prompt) => [prompt.id, prompt]));

export function promptById(id: string): Prompt | undefined {
  return promptsById.get(id);
}

/** The prompts for one surface, optionally of one theme, in catalogue order. */
export function promptsFor(surface: PromptSurface, theme?: PromptTheme): Prompt[] {
  return prompts.filter((prompt) => prompt.surface === surface && (theme === undefined || prompt.theme === theme));
}
