import { useState } from 'react';
import type { ResetAnswers } from '../../shared/journal/entry';
import { feelingToSave, unplacedFeeling, type FeelingDraft } from '../feeling/feelingDraft';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';
import { blankResetAnswers } from './resetQuestions';

/** The reset being written, and saving it as a journal entry. */
export function useReset() {
  const [feeling, setFeeling] = useState<FeelingDraft>(unplacedFeeling);
  const [answers, setAnswers] = useState<ResetAnswers>(blankResetAnswers);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  /** Resolves to true once saved. */
  async function save(): Promise<boolean> {
    if (saving || saved) return false;
    setSaving(true);
    const result = await presence().saveReset({ feeling: feelingToSave(feeling), answers });
    setSaving(false);
    setProblem(result.ok ? null : describeFailure(result.error));
    if (result.ok) setSaved(true);
    return result.ok;
  }

  const hasWords = Object.values(answers).some((answer) => answer.trim().length > 0);

  return {
    feeling,
    setFeeling,
    answers,
    setAnswer: (field: keyof ResetAnswers, value: string) => setAnswers({ ...answers, [field]: value }),
    saving,
    saved,
    problem,
    save,
    hasUnsavedWords: hasWords && !saved,
  };
}
