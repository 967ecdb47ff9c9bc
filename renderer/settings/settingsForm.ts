import type { Settings, SettingsChange } from '../../shared/settings/settings';
import { clockTimeToMinutes, minutesToClockTime } from './clockTime';

/** The settings as the form holds them: numbers and times as typed, so nothing is lost while it is wrong. */
export interface SettingsForm {
  pauseIntervalMinutes: string;
  activeStart: string;
  activeEnd: string;
  activeDays: readonly number[];
  jitterMinutes: string;
  backOffWhenIgnored: boolean;
  quietAfterActivityMinutes: string;
  deferWhenBusy: boolean;
  notifier: Settings['notifier'];
  sound: boolean;
  globalShortcut: string;
  breathPattern: Settings['breathPattern'];
  breathSeconds: string;
  showTodayAtStart: boolean;
  theme: Settings['theme'];
}

export type FieldKey = keyof SettingsForm;
export type FieldProblems = Partial<Record<FieldKey, string>>;

export function formFromSettings(settings: Settings): SettingsForm {
  const { activeHours, ...rest } = settings;
  return {
    ...rest,
    pauseIntervalMinutes: String(settings.pauseIntervalMinutes),
    activeStart: minutesToClockTime(activeHours.startMinute),
    activeEnd: minutesToClockTime(activeHours.endMinute),
    jitterMinutes: String(settings.jitterMinutes),
    quietAfterActivityMinutes: String(settings.quietAfterActivityMinutes),
    breathSeconds: String(settings.breathSeconds),
  };
}

const numberFields = ['pauseIntervalMinutes', 'jitterMinutes', 'quietAfterActivityMinutes', 'breathSeconds'] as const;
const plainFields = ['backOffWhenIgnored', 'deferWhenBusy', 'notifier', 'sound', 'globalShortcut', 'breathPattern', 'showTodayAtStart', 'theme'] as const;

const sameDays = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((day) => b.includes(day));

/**
 * What differs from the saved settings, as a change for `updateSettings`.
 * Only what cannot even be sent (an empty number, a half-typed time) is a
 * problem here; every other judgement is the backend's.
 */
export function changeFromForm(form: SettingsForm, saved: Settings): { change: SettingsChange; problems: FieldProblems } {
  const change: Record<string, unknown> = {};
  const problems: FieldProblems = {};

  for (const key of numberFields) {
    const text = form[key].trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) problems[key] = 'Enter a number here.';
    else if (value !== saved[key]) change[key] = value;
  }

  const startMinute = clockTimeToMinutes(form.activeStart, false);
  const endMinute = clockTimeToMinutes(form.activeEnd, true);
  if (startMinute === null) problems.activeStart = 'Enter a time, like 09:00.';
  if (endMinute === null) problems.activeEnd = 'Enter a time, like 18:00.';
  if (startMinute !== null && endMinute !== null) {
    if (startMinute !== saved.activeHours.startMinute || endMinute !== saved.activeHours.endMinute) {
      change.activeHours = { startMinute, endMinute };
    }
  }

  if (!sameDays(form.activeDays, saved.activeDays)) change.activeDays = [...form.activeDays].sort((a, b) => a - b);
  const trimmedShortcut = { ...form, globalShortcut: form.globalShortcut.trim() };
  for (const key of plainFields) {
    if (trimmedShortcut[key] !== saved[key]) change[key] = trimmedShortcut[key];
  }
  return { change: change as SettingsChange, problems };
}
