import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../../../../electron/core/backend';
import { channelFor, type IpcMethod } from '../../../../../shared/ipc/contract';
import type { Result } from '../../../../../shared/ipc/result';
import type { JournalPage } from '../../../../../shared/journal/entry';
import type { PausePlan } from '../../../../../shared/pause/pauseTypes';
import { fakeDesktop, type FakeDesktop } from '../../../../helpers/fakeDesktop';
import { createSimulatedTime, type SimulatedTime } from '../../../../helpers/simulatedTime';
import { makeTempDir, recordingLogger, testOrigin, testSenderUrl } from '../../../../helpers/testBackend';

const minute = 60_000;
// Monday 23 November 2026, 08:00 in London (UTC+0 in winter).
const mondayEight = Date.parse('2026-11-23T08:00:00.000Z');

describe('the pause loop through the backend', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let time: SimulatedTime;
  let desktop: FakeDesktop;
  let log: ReturnType<typeof recordingLogger>;
  const open: Backend[] = [];

  beforeEach(async () => {
    temp = await makeTempDir();
    time = createSimulatedTime(mondayEight);
    log = recordingLogger();
    desktop = fakeDesktop({ timers: time });
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((backend) => backend.close()));
    await temp.remove();
  });

  async function start(): Promise<Backend> {
    const backend = await createBackend({ dataDir: temp.dir, clock: time, allowedOrigins: [testOrigin], log, desktop });
    open.push(backend);
    return backend;
  }

  async function restart(): Promise<Backend> {
    await open.pop()!.close();
    return start();
  }

  function dispatch(backend: Backend, method: IpcMethod, payload?: unknown): Promise<Result<unknown>> {
    return backend.router.dispatch(channelFor(method), testSenderUrl, payload);
  }

  async function call<T>(backend: Backend, method: IpcMethod, payload?: unknown): Promise<T> {
    const result = await dispatch(backend, method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  }

  /** Lets simulated time pass a quarter of an hour at a time, giving each invitation's file writes time to finish. */
  async function advanceWaitingForInvitations(ms: number) {
    for (let passed = 0; passed < ms; passed += 15 * minute) {
      await time.advance(15 * minute);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  const pauseEvents = async () =>
    JSON.parse(await readFile(path.join(temp.dir, 'pauses.json'), 'utf8')).data.events.map(
      (event: { outcome: string; source: string }) => `${event.outcome}/${event.source}`,
    );

  it('invites inside active hours with a pause prompt; clicking opens Quick Pause with that prompt, and saving files it in the journal', async () => {
    const backend = await start();
    // Started at 08:00: the first invitation is due an interval later, 09:30.
    await advanceWaitingForInvitations(2 * 60 * minute);
    await vi.waitFor(() => expect(desktop.invitations).toHaveLength(1));
    const [invitation] = desktop.invitations;
    expect(invitation!.title).toBe('A moment for you');
    expect(invitation!.body.length).toBeGreaterThan(0);
    expect(invitation!.body.length).toBeLessThanOrEqual(90);

    desktop.clickLatestInvitation();
    expect(desktop.opened).toEqual([{ surface: 'quick-pause', gently: false }]);
    const plan = await call<PausePlan>(backend, 'beginPause');
    expect(plan.source).toBe('invitation');
    expect(plan.prompt.text).toBe(invitation!.body);

    await call(backend, 'finishPause', {
      outcome: 'taken',
      save: { feeling: { pleasantness: 2, energy: -1, word: 'settled' }, promptId: plan.prompt.id, reflection: 'Slower now.', shift: plan.shift.text },
    });
    const page = await call<JournalPage>(backend, 'listEntries', {});
    expect(page.entries[0]).toMatchObject({
      kind: 'pause',
      text: 'Slower now.',
      feeling: { word: 'settled' },
      prompt: { id: plan.prompt.id, text: plan.prompt.text },
      shift: plan.shift.text,
    });
    expect(await pauseEvents()).toEqual(['taken/invitation']);
  });

  it('records an unanswered invitation as ignored when the next one comes', async () => {
    await start();
    await advanceWaitingForInvitations(6 * 60 * minute);
    expect(desktop.invitations.length).toBeGreaterThanOrEqual(2);
    await vi.waitFor(async () => expect(await pauseEvents()).toContain('ignored/invitation'));
  });

  it('opens Quick Pause gently, and says so once, when no notification service answers', async () => {
    desktop = fakeDesktop({ timers: time, systemNotifier: null });
    await start();
    await advanceWaitingForInvitations(6 * 60 * minute);
    const gentle = desktop.opened.filter((opened) => opened.surface === 'quick-pause' && opened.gently);
    expect(gentle.length).toBeGreaterThanOrEqual(2);
    expect(log.lines.filter((line) => /notifications are not available/i.test(line))).toHaveLength(1);
  });

  it('records a waiting invitation as snoozed, whether the snooze came from the tray or a window', async () => {
    const backend = await start();
    await advanceWaitingForInvitations(2 * 60 * minute);
    await vi.waitFor(() => expect(desktop.invitations).toHaveLength(1));
    await backend.snooze('30m'); // the tray's path
    await call(backend, 'resume');
    await advanceWaitingForInvitations(2 * 60 * minute);
    await vi.waitFor(() => expect(desktop.invitations).toHaveLength(2));
    await call(backend, 'snooze', { option: '1h' }); // a window's path
    expect(await pauseEvents()).toEqual(['snoozed/invitation', 'snoozed/invitation']);
  });

  it('never offers the same pause prompt twice within ten', async () => {
    const backend = await start();
    const seen: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const plan = await call<PausePlan>(backend, 'beginPause');
      expect(seen.slice(-10)).not.toContain(plan.prompt.id);
      seen.push(plan.prompt.id);
      await call(backend, 'finishPause', { outcome: 'closed', save: null });
    }
  });

  it('keeps a snooze across a restart and ends it on resume', async () => {
    const backend = await start();
    const snoozed = await call<{ status: { kind: string }; text: string }>(backend, 'snooze', { option: '2h' });
    expect(snoozed.status.kind).toBe('snoozed');
    expect(snoozed.text).toMatch(/Snoozed until 10:00/);

    const again = await restart();
    expect((await call<{ status: { kind: string } }>(again, 'getSchedulerStatus')).status.kind).toBe('snoozed');
    await time.advance(90 * minute);
    expect(desktop.invitations).toHaveLength(0);
    expect((await call<{ status: { kind: string } }>(again, 'resume')).status.kind).toBe('waiting');
  });

  it('refuses invalid settings with a message at the field and saves nothing', async () => {
    const backend = await start();
    await call(backend, 'updateSettings', { pauseIntervalMinutes: 60 });
    const saved = await readFile(path.join(temp.dir, 'settings.json'), 'utf8');

    const zero = await dispatch(backend, 'updateSettings', { pauseIntervalMinutes: 0 });
    expect(zero).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'pauseIntervalMinutes', message: 'Pauses need to be at least 10 minutes apart.' }] } });
    const backwards = await dispatch(backend, 'updateSettings', { activeHours: { startMinute: 17 * 60, endMinute: 9 * 60 } });
    expect(backwards).toMatchObject({ ok: false, error: { issues: [{ path: 'activeHours.endMinute', message: 'Your active hours need to end after they start.' }] } });
    const negative = await dispatch(backend, 'updateSettings', { activeHours: { startMinute: -60, endMinute: 9 * 60 } });
    expect(negative).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    expect(await readFile(path.join(temp.dir, 'settings.json'), 'utf8')).toBe(saved);
    expect((await call<{ pauseIntervalMinutes: number }>(backend, 'getSettings')).pauseIntervalMinutes).toBe(60);
  });

  it('warns when the chosen global shortcut is taken by another app, at start and on change', async () => {
    desktop.takenShortcuts.add('CommandOrControl+Alt+P');
    desktop.takenShortcuts.add('Super+Shift+F9');
    const backend = await start();
    expect(backend.startupReport.notices.map((notice) => notice.kind)).toContain('shortcut_taken');

    const taken = await call<{ warnings: string[] }>(backend, 'updateSettings', { globalShortcut: 'Super+Shift+F9' });
    expect(taken.warnings).toEqual([expect.stringMatching(/Super\+Shift\+F9 is already used by another app/)]);
    const free = await call<{ warnings: string[] }>(backend, 'updateSettings', { globalShortcut: 'Alt+Shift+P' });
    expect(free.warnings).toEqual([]);
    expect(desktop.shortcut.accelerator).toBe('Alt+Shift+P');
    desktop.shortcut.press!();
    expect(desktop.opened.at(-1)).toEqual({ surface: 'quick-pause', gently: false });
  });

  it('applies the theme at start and whenever it changes', async () => {
    const backend = await start();
    await call(backend, 'updateSettings', { theme: 'dark' });
    expect(desktop.themes).toEqual(['system', 'dark']);
  });
});

describe('push events from the backend', () => {
  it('tells the windows when the journal, the settings or the schedule change', async () => {
    const temp = await makeTempDir();
    const time = createSimulatedTime(mondayEight);
    const backend = await createBackend({
      dataDir: temp.dir,
      clock: time,
      allowedOrigins: [testOrigin],
      log: recordingLogger(),
      desktop: fakeDesktop({ timers: time }),
    });
    try {
      const heard: string[] = [];
      backend.onEvent((event) => heard.push(event.type));
      await backend.router.dispatch(channelFor('createEntry'), testSenderUrl, { text: 'hello' });
      await backend.router.dispatch(channelFor('updateSettings'), testSenderUrl, { sound: true });
      await backend.router.dispatch(channelFor('snooze'), testSenderUrl, { option: '30m' });
      await backend.router.dispatch(channelFor('createEntry'), testSenderUrl, { text: 42 });
      expect(heard).toEqual(['journal-changed', 'settings-changed', 'scheduler-changed']);
    } finally {
      await backend.close();
      await temp.remove();
    }
  });
});
