import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/settings/settings';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';
import { problemsFromIssues } from './issueFields';
import { changeFromForm, formFromSettings, type FieldKey, type FieldProblems, type SettingsForm } from './settingsForm';
import { fieldOrder } from './settingsFieldIds';

export const notSavedSummary = 'Nothing was saved yet: some settings need another look, and each one says why.';

/** The saved settings, the form as the person is changing it, and saving it. */
export function useSettings(onSaved: () => void) {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [fieldProblems, setFieldProblems] = useState<FieldProblems>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void presence()
      .getSettings()
      .then((result) => {
        if (!result.ok) return setLoadProblem(describeFailure(result.error));
        setSaved(result.value);
        setForm(formFromSettings(result.value));
      });
  }, []);

  function change<K extends FieldKey>(key: K, value: SettingsForm[K]): void {
    setForm((previous) => (previous === null ? previous : { ...previous, [key]: value }));
    setFieldProblems((previous) => ({ ...previous, [key]: undefined }));
    setConfirmation('');
  }

  function refuse(fields: FieldProblems, general: string): FieldKey | null {
    setFieldProblems(fields);
    setProblem(general);
    return fieldOrder.find((key) => fields[key] !== undefined) ?? null;
  }

  /** Resolves to the first field that needs attention, or null when saved (or there was nothing to save). */
  async function save(): Promise<FieldKey | null> {
    if (form === null || saved === null || saving) return null;
    const { change: settingsChange, problems } = changeFromForm(form, saved);
    if (Object.keys(problems).length > 0) return refuse(problems, notSavedSummary);
    setSaving(true);
    const result = await presence().updateSettings(settingsChange);
    setSaving(false);
    if (!result.ok) {
      const { fields, general } = problemsFromIssues(result.error.code === 'invalid_input' ? (result.error.issues ?? []) : []);
      const summary = general.length > 0 || Object.keys(fields).length === 0 ? describeFailure(result.error) : notSavedSummary;
      return refuse(fields, summary);
    }
    setSaved(result.value.settings);
    setForm(formFromSettings(result.value.settings));
    setFieldProblems({});
    setProblem(null);
    setWarnings(result.value.warnings);
    setConfirmation('Settings saved.');
    onSaved();
    return null;
  }

  return { form, loadProblem, fieldProblems, problem, confirmation, warnings, saving, change, save };
}

export type SettingsState = ReturnType<typeof useSettings>;
