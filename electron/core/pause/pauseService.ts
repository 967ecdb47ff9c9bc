import { pickPrompt, rememberShown } from '../../../shared/content/promptRotation';
import { promptById, type Prompt } from '../../../shared/content/prompts';
import { pickSmallShift } from '../../../shared/content/smallShifts';
import type { Clock } from '../../../shared/clock';
import { PresenceError } from '../../../shared/ipc/result';
import type { JournalEntry } from '../../../shared/journal/entry';
import type { PauseFinish, PauseOutcome, PausePlan, PauseSource, ResetInput } from '../../../shared/pause/pauseTypes';
import type { Settings } from '../../../shared/settings/settings';
import type { JournalRepository } from '../journal/journalRepository';
import type { StoredDocument } from '../store/storedDocument';
import type { PauseLog, PromptRotation } from './pauseDocuments';

export interface PauseServiceOptions {
  journal: JournalRepository;
  pauseLog: StoredDocument<PauseLog>;
  rotation: StoredDocument<PromptRotation>;
  settings: () => Settings;
  clock: Clock;
  random: () => number;
}

export interface PauseService {
  /** Picks the prompt for a new invitation and remembers it until the person answers. */
  prepareInvitation(): Promise<Prompt>;
  beginPause(): Promise<PausePlan>;
  finishPause(finish: PauseFinish): Promise<{ entry: JournalEntry | null }>;
  saveReset(input: ResetInput): Promise<JournalEntry>;
  /** Records what became of the waiting invitation, if there is one (snoozed, ignored). */
  settleInvitation(outcome: Extract<PauseOutcome, 'snoozed' | 'ignored'>): Promise<void>;
  /** A journal question to write from, remembered so none repeats within the last ten. */
  nextJournalPrompt(): Promise<{ id: string; text: string }>;
}

export function createPauseService(options: PauseServiceOptions): PauseService {
  const { journal, pauseLog, rotation, clock, random } = options;
  let waitingInvitation: { prompt: Prompt } | null = null;
  let currentPause: { source: PauseSource } | null = null;

  const isoNow = () => new Date(clock.now()).toISOString();

  async function record(outcome: PauseOutcome, source: PauseSource): Promise<void> {
    await pauseLog.update((draft) => {
      draft.events.push({ at: isoNow(), outcome, source });
    });
  }

  async function pickRotatedPrompt(surface: 'pause' | 'journal'): Promise<Prompt> {
    const prompt = pickPrompt({ surface, recentIds: rotation.data.recent[surface], random });
    await rotation.update((draft) => {
      draft.recent[surface] = rememberShown(draft.recent[surface], prompt.id);
    });
    return prompt;
  }

  const pickPausePrompt = () => pickRotatedPrompt('pause');

  async function nextJournalPrompt(): Promise<{ id: string; text: string }> {
    const prompt = await pickRotatedPrompt('journal');
    return { id: prompt.id, text: prompt.text };
  }

  async function prepareInvitation(): Promise<Prompt> {
    const prompt = await pickPausePrompt();
    waitingInvitation = { prompt };
    return prompt;
  }

  async function beginPause(): Promise<PausePlan> {
    // Opening Quick Pause while an invitation waits is answering it, however it was opened.
    const answering = waitingInvitation;
    waitingInvitation = null;
    const source: PauseSource = answering ? 'invitation' : 'on-demand';
    const prompt = answering ? answering.prompt : await pickPausePrompt();
    currentPause = { source };
    const shift = pickSmallShift(random);
    const { breathPattern, breathSeconds } = options.settings();
    return {
      source,
      prompt: { id: prompt.id, text: prompt.text },
      shift: { id: shift.id, text: shift.text },
      breath: { pattern: breathPattern, seconds: breathSeconds },
    };
  }

  async function finishPause(finish: PauseFinish): Promise<{ entry: JournalEntry | null }> {
    const source = currentPause?.source ?? 'on-demand';
    currentPause = null;
    let entry: JournalEntry | null = null;
    if (finish.save) {
      const prompt = promptById(finish.save.promptId);
      if (!prompt) throw new PresenceError('invalid_input', 'That prompt is not one Presence knows, so the pause was not saved.');
      entry = await journal.create({
        kind: 'pause',
        title: '',
        text: finish.save.reflection,
        feeling: finish.save.feeling,
        prompt: { id: prompt.id, text: prompt.text },
        shift: finish.save.shift,
        reset: null,
        tags: [],
        values: [],
      });
    }
    await record(finish.outcome, source);
    return { entry };
  }

  async function saveReset(input: ResetInput): Promise<JournalEntry> {
    return journal.create({
      kind: 'reset',
      title: '',
      text: '',
      feeling: input.feeling,
      prompt: null,
      shift: null,
      reset: input.answers,
      tags: [],
      values: [],
    });
  }

  async function settleInvitation(outcome: 'snoozed' | 'ignored'): Promise<void> {
    if (!waitingInvitation && outcome === 'snoozed') return;
    waitingInvitation = null;
    await record(outcome, 'invitation');
  }

  return { prepareInvitation, beginPause, finishPause, saveReset, settleInvitation, nextJournalPrompt };
}
