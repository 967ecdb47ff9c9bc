import { describe, expect, it } from 'vitest';
import { readGnomeDoNotDisturb } from '../../../../../electron/core/attention/gnomeDoNotDisturb';
import { fakeExecFile } from '../../../../helpers/fakeExecFile';

const query = 'gsettings get org.gnome.desktop.notifications show-banners';

describe('readGnomeDoNotDisturb', () => {
  it('is do-not-disturb when GNOME hides banners', async () => {
    const exec = fakeExecFile({ [query]: { stdout: 'false\n' } });
    await expect(readGnomeDoNotDisturb('ubuntu:GNOME', exec.run)).resolves.toBe(true);
  });

  it('is not do-not-disturb when banners show', async () => {
    const exec = fakeExecFile({ [query]: { stdout: 'true\n' } });
    await expect(readGnomeDoNotDisturb('GNOME', exec.run)).resolves.toBe(false);
  });

  it('asks with a short timeout, so a stuck gsettings cannot hold up a pause', async () => {
    const exec = fakeExecFile({ [query]: { stdout: 'true\n' } });
    await readGnomeDoNotDisturb('GNOME', exec.run, 1500);
    expect(exec.calls).toEqual([{ command: query, timeout: 1500 }]);
  });

  it('cannot tell when gsettings is missing', async () => {
    await expect(readGnomeDoNotDisturb('GNOME', fakeExecFile({}).run)).resolves.toBeNull();
  });

  it('cannot tell when the schema is missing', async () => {
    const exec = fakeExecFile({ [query]: { error: new Error('No such schema “org.gnome.desktop.notifications”') } });
    await expect(readGnomeDoNotDisturb('GNOME', exec.run)).resolves.toBeNull();
  });

  it('cannot tell from an answer it does not understand', async () => {
    const exec = fakeExecFile({ [query]: { stdout: "'maybe'\n" } });
    await expect(readGnomeDoNotDisturb('GNOME', exec.run)).resolves.toBeNull();
  });

  it('does not ask outside GNOME, where the key exists but nothing honours it', async () => {
    const exec = fakeExecFile({ [query]: { stdout: 'false\n' } });
    await expect(readGnomeDoNotDisturb('KDE', exec.run)).resolves.toBeNull();
    await expect(readGnomeDoNotDisturb(undefined, exec.run)).resolves.toBeNull();
    expect(exec.calls).toHaveLength(0);
  });
});

describe('readGnomeDoNotDisturb with the real gsettings', () => {
  it('answers true, false or null, quickly, whatever is installed here', async () => {
    const started = performance.now();
    const answer = await readGnomeDoNotDisturb('GNOME');
    expect([true, false, null]).toContain(answer);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
