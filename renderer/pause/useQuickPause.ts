import { useCallback, useEffect, useRef, useState } from 'react';
import { pickSmallShift } from '../../shared/content/smallShifts';
import type { PausePlan } from '../../shared/pause/pauseTypes';
import { unplacedFeeling, feelingToSave, type FeelingDraft } from '../feeling/feelingDraft';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';

export const stepCount = 4;

export type PauseEnding = 'saved' | 'closed';

/** What the person has done in this pause so far, and the calls that end it. */
export function useQuickPause(plan: PausePlan) {
  const [step, setStep] = useState(0);
  /** True once the person has stayed with the breath to its end, or gone past it. */
  const [engaged, setEngaged] = useState(false);
  const [feeling, setFeeling] = useState<FeelingDraft>(unplacedFeeling);
  const [reflection, setReflection] = useState('');
  const [shift, setShift] = useState(plan.shift);
  const [ending, setEnding] = useState<PauseEnding | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const finished = useRef(false);
  // Leaving before the breath is over is closing the invitation; after it, the pause was taken.
  const outcome: 'taken' | 'closed' = engaged ? 'taken' : 'closed';
  const outcomeNow = useRef(outcome);
  useEffect(() => {
    outcomeNow.current = outcome;
  }, [outcome]);

  // Closing the window some other way (its close button, the system) still records the pause.
  useEffect(() => {
    const recordOnLeave = () => {
      if (!finished.current) void presence().finishPause({ outcome: outcomeNow.current, save: null });
      finished.current = true;
    };
    window.addEventListener('pagehide', recordOnLeave);
    return () => window.removeEventListener('pagehide', recordOnLeave);
  }, []);

  const breathDone = useCallback(() => setEngaged(true), []);

  /** Ends the pause without saving (Esc or Close); resolves once it is recorded. */
  async function leave(): Promise<void> {
    if (finished.current) return;
    finished.current = true;
    await presence().finishPause({ outcome, save: null });
    setEnding('closed');
  }

  async function save(): Promise<void> {
    if (finished.current || saving) return;
    setSaving(true);
    const result = await presence().finishPause({
      outcome: 'taken',
      save: { feeling: feelingToSave(feeling), promptId: plan.prompt.id, reflection, shift: shift.text },
    });
    setSaving(false);
    if (!result.ok) return setProblem(describeFailure(result.error));
    finished.current = true;
    setEnding('saved');
  }

  return {
    step,
    goTo: (next: number) => {
      if (next > 0) setEngaged(true);
      setStep(Math.max(0, Math.min(stepCount - 1, next)));
    },
    breathDone,
    feeling,
    setFeeling,
    reflection,
    setReflection,
    shift,
    differentShift: () => setShift(pickSmallShift(Math.random, shift.id)),
    ending,
    saving,
    problem,
    leave,
    save,
  };
}

export type QuickPause = ReturnType<typeof useQuickPause>;
