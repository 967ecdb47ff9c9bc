import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportText } from '../../../../../electron/core/files/readImportText';
import { makeTempDir } from '../../../../helpers/testBackend';

describe('reading a file to import', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.remove());

  it('reads UTF-8 text as it is, emoji and right-to-left text included', async () => {
    const file = path.join(temp.dir, 'export.json');
    await writeFile(file, '{"text": "שלום 🌿"}');
    expect(await readImportText(file)).toBe('{"text": "שלום 🌿"}');
  });

  it('refuses a file over the limit before reading it, saying how big it is', async () => {
    const file = path.join(temp.dir, 'huge.json');
    await writeFile(file, Buffer.alloc(3 * 1024 * 1024, 0x20));
    await expect(readImportText(file, 2 * 1024 * 1024)).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'This file is 3 MB, larger than a Presence journal export can be (at most 2 MB). Nothing was imported.',
    });
  });

  it('names a binary file for what it is', async () => {
    const file = path.join(temp.dir, 'image.json');
    await writeFile(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    await expect(readImportText(file)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/it is not text/) });
  });

  it('says plainly when the file cannot be read', async () => {
    await expect(readImportText(path.join(temp.dir, 'missing.json'))).rejects.toMatchObject({ code: 'data_unavailable', message: 'That file is no longer there. Nothing was imported.' });
    await expect(readImportText(temp.dir)).rejects.toMatchObject({ code: 'data_unavailable', message: 'That is a folder, not a file. Nothing was imported.' });
  });
});
