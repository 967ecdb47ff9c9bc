import { PresenceError } from '../../../shared/ipc/result';
import { describeIssues } from '../../../shared/ipc/validationIssues';
import { settingsSchema, type Settings, type SettingsChange } from '../../../shared/settings/settings';
import type { StoredDocument } from '../store/storedDocument';

/** Told of every saved change; returns a warning when the change could not fully take effect. */
export type SettingsListener = (settings: Settings, previous: Settings) => string | null;

export interface SettingsService {
  current(): Settings;
  update(change: SettingsChange): Promise<{ settings: Settings; warnings: string[] }>;
  onChange(listener: SettingsListener): void;
}

export function createSettingsService(document: StoredDocument<Settings>): SettingsService {
  const listeners: SettingsListener[] = [];

  async function update(change: SettingsChange) {
    const previous = document.data;
    // The change is valid on its own; the merged whole must be too (e.g. hours against each other).
    const merged = settingsSchema.safeParse({ ...previous, ...change });
    if (!merged.success) {
      const issues = describeIssues(merged.error);
      throw new PresenceError('invalid_input', `Those settings were not saved. ${issues[0]?.message ?? ''}`.trim(), issues);
    }
    await document.update((draft) => Object.assign(draft, merged.data));
    const warnings = listeners.map((listener) => listener(document.data, previous)).filter((warning) => warning !== null);
    return { settings: document.data, warnings };
  }

  return {
    current: () => document.data,
    update,
    onChange: (listener) => listeners.push(listener),
  };
}
