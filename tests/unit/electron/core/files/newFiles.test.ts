import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFreshFolder, FilesPartlyWritten, writeNewFiles } from '../../../../../electron/core/files/newFiles';
import { makeTempDir } from '../../../../helpers/testBackend';

describe('new files for an export', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.remove());

  it('creates a folder with the name asked for, or a numbered one when it exists, even empty', async () => {
    await mkdir(path.join(temp.dir, 'Export'));
    expect(await createFreshFolder(temp.dir, 'Export')).toBe(path.join(temp.dir, 'Export (2)'));
    expect(await createFreshFolder(temp.dir, 'Other')).toBe(path.join(temp.dir, 'Other'));
    expect((await readdir(temp.dir)).sort()).toEqual(['Export', 'Export (2)', 'Other']);
  });

  it('gives up after a bounded number of tries', async () => {
    await mkdir(path.join(temp.dir, 'Export'));
    await mkdir(path.join(temp.dir, 'Export (2)'));
    await expect(createFreshFolder(temp.dir, 'Export', 2)).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('writes every file into its subfolder', async () => {
    const files = Array.from({ length: 30 }, (_, n) => ({ path: `2026-${n % 2 ? '10' : '11'}/entry ${n}.md`, content: `# ${n}\n` }));
    await writeNewFiles(temp.dir, files);
    expect(await readFile(path.join(temp.dir, '2026-10', 'entry 29.md'), 'utf8')).toBe('# 29\n');
    expect((await readdir(path.join(temp.dir, '2026-11'))).length).toBe(15);
  });

  it('never replaces a file, and says how many were written before it stopped', async () => {
    await mkdir(path.join(temp.dir, 'a'));
    await writeFile(path.join(temp.dir, 'a', 'taken.md'), 'keep me');
    const attempt = writeNewFiles(temp.dir, [
      { path: 'a/first.md', content: 'one' },
      { path: 'a/taken.md', content: 'overwritten?' },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(FilesPartlyWritten);
    await expect(attempt).rejects.toMatchObject({ cause: { code: 'EEXIST' } });
    expect(await readFile(path.join(temp.dir, 'a', 'taken.md'), 'utf8')).toBe('keep me');
  });

  it('refuses a path that would leave the folder', async () => {
    await expect(writeNewFiles(path.join(temp.dir, 'inside'), [{ path: '../escaped.md', content: 'x' }])).rejects.toThrow(/outside/);
    expect(await readdir(temp.dir)).toEqual([]);
  });
});
