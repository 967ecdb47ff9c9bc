import type { IpcIssue } from '../../shared/ipc/result';
import { settingsSchema } from '../../shared/settings/settings';
import type { FieldKey, FieldProblems } from './settingsForm';

const settingNames: readonly string[] = Object.keys(settingsSchema.shape);

/** Which field of the form an issue path from the backend belongs to ("activeHours.endMinute" → the end time). */
function fieldFor(path: string): FieldKey | null {
  const [first, second] = path.split('.');
  if (first === 'activeHours') return second === 'startMinute' ? 'activeStart' : 'activeEnd';
  return first !== undefined && settingNames.includes(first) ? (first as FieldKey) : null;
}

/** Sorts the backend's issues onto the fields they are about; the rest are shown for the whole form. */
export function problemsFromIssues(issues: readonly IpcIssue[]): { fields: FieldProblems; general: string[] } {
  const fields: FieldProblems = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = fieldFor(issue.path);
    if (field === null) general.push(issue.message);
    else fields[field] = fields[field] ? `${fields[field]} ${issue.message}` : issue.message;
  }
  return { fields, general };
}
