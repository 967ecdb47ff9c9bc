import { describe, expect, it } from 'vitest';
import { exportMessage, importMessage } from '../../../../renderer/transfer/transferMessages';

const imported = { cancelled: false as const, added: 0, addedToTrash: 0, updated: 0, skipped: 0, keptYours: 0, skippedDetails: [] };

describe('export and import messages', () => {
  it('says how many entries went where', () => {
    expect(exportMessage('json', { cancelled: false, path: '/home/ana/backup.json', count: 1320, inTrash: 0 })).toBe(
      'Exported 1,320 entries to /home/ana/backup.json.',
    );
    expect(exportMessage('json', { cancelled: false, path: '/b.json', count: 5, inTrash: 2 })).toBe('Exported 5 entries (2 of them in the trash) to /b.json.');
    expect(exportMessage('markdown', { cancelled: false, path: '/home/ana/Presence journal 2026-11-25', count: 1, inTrash: 0 })).toBe(
      'Exported 1 entry as Markdown, one file each, to the folder /home/ana/Presence journal 2026-11-25.',
    );
  });

  it('reports an import as added, updated and already here', () => {
    expect(importMessage({ ...imported, added: 12, updated: 3, skipped: 40 })).toBe('Imported: 12 added, 3 updated, 40 already here.');
  });

  it('mentions entries that arrive in the trash, and versions here that were kept', () => {
    expect(importMessage({ ...imported, added: 4, addedToTrash: 1, skipped: 3, keptYours: 2 })).toBe(
      'Imported: 4 added, 0 updated, 1 already here. One of the added is in the trash, as when exported. 2 entries are different here and were kept as you have them.',
    );
    expect(importMessage({ ...imported, skipped: 1, keptYours: 1 })).toBe(
      'Imported: 0 added, 0 updated, 0 already here. One entry is different here and was kept as you have it.',
    );
  });

  it('says so when the export held nothing', () => {
    expect(importMessage(imported)).toBe('That export holds no entries, so nothing was imported.');
  });
});
