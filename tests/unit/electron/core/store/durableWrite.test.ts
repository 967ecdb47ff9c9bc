import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../../../electron/core/store/durableWrite';
import { makeTempDir } from '../../../../helpers/testBackend';

describe('writeFileDurably', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.remove());

  it('creates a file and then replaces it whole, leaving no temp files behind', async () => {
    const file = path.join(temp.dir, 'settings.json');
    await writeFileDurably(file, 'first');
    await writeFileDurably(file, 'second, longer contents');
    expect(await readFile(file, 'utf8')).toBe('second, longer contents');
    expect(await readdir(temp.dir)).toEqual(['settings.json']);
  });

  it('keeps the old contents and cleans up when the replacement cannot be put in place', async () => {
    const target = path.join(temp.dir, 'journal');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'old');
    // Renaming a file over a non-empty folder fails, as a disk error would, after the temp file is written.
    await expect(writeFileDurably(target, 'new')).rejects.toThrow();
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('old');
    expect(await readdir(temp.dir)).toEqual(['journal']);
  });

  it('keeps every write when many are issued at once to different files', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileDurably(path.join(temp.dir, `${i}.json`), String(i))));
    const names = (await readdir(temp.dir)).sort();
    expect(names).toHaveLength(20);
    expect(await readFile(path.join(temp.dir, '7.json'), 'utf8')).toBe('7');
  });
});
