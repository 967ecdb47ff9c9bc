import { defaultSettings, settingsSchema, type Settings } from '../../../shared/settings/settings';
import type { DocumentType } from '../store/documentType';

export const settingsDocument: DocumentType<Settings> = {
  kind: 'settings',
  version: 1,
  schema: settingsSchema,
  migrations: [],
  empty: () => structuredClone(defaultSettings),
  describe: () => 'Your settings',
};
