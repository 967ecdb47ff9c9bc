import type { FieldKey } from './settingsForm';

/** The fields in the order they appear, so focus can go to the first one that needs attention. */
export const fieldOrder: readonly FieldKey[] = [
  'pauseIntervalMinutes',
  'activeStart',
  'activeEnd',
  'activeDays',
  'jitterMinutes',
  'deferWhenBusy',
  'quietAfterActivityMinutes',
  'backOffWhenIgnored',
  'notifier',
  'sound',
  'breathPattern',
  'breathSeconds',
  'globalShortcut',
  'showTodayAtStart',
  'theme',
];

/** The element that takes focus for a field: its input, or the first control of a group. */
export function fieldId(key: FieldKey): string {
  return `setting-${key}`;
}

export function fieldProblemId(key: FieldKey): string {
  return `setting-${key}-problem`;
}

export function fieldHintId(key: FieldKey): string {
  return `setting-${key}-hint`;
}
