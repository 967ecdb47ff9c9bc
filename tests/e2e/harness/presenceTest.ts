import { test as base, expect, type Page } from '@playwright/test';
import { makeTempDir, recordingLogger } from '../../helpers/testBackend';
import { buildBridgeScript } from './buildBridgeScript';
import { startRestartableBackend, type RestartableBackend } from './presenceBackend';
import { rendererBuildDir } from './rendererBuild';
import { startRendererServer } from './rendererServer';

export interface PresenceHarness {
  /** The origin serving the renderer, and the only one the backend trusts. */
  origin: string;
  dataDir: string;
  backend: RestartableBackend;
  /** What the backend logged during the test. */
  logLines: string[];
  /** Opens the renderer at a hash route (the journal by default) and waits for it to load. */
  open(hash?: string): Promise<void>;
  /** Closes the backend, opens a new one on the same data folder, and reloads the page. */
  restart(): Promise<void>;
}

/** Collects what the page reports going wrong, so a test fails on a CSP violation or a React error. */
function watchForPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    problems.push(`console.error: ${message.text()}`);
  });
  return problems;
}

/** Gives a page `window.presence`, installed before any of the page's own scripts run. */
async function connectPage(page: Page, backend: RestartableBackend, bridgeScript: string): Promise<void> {
  await page.exposeBinding('__presenceInvoke', (source, channel: unknown, payload: unknown) =>
    backend.dispatch(channel, source.frame.url(), payload),
  );
  await page.addInitScript({ content: bridgeScript });
  // Pushed events reach the page as Electron's webContents.send would deliver them.
  backend.onEvent((event) => {
    void page
      .evaluate((payload) => (window as unknown as { __presenceEmit?: (p: unknown) => void }).__presenceEmit?.(payload), event)
      .catch(() => undefined);
  });
}

export const test = base.extend<{ presence: PresenceHarness }, { bridgeScript: string }>({
  // Playwright reads a fixture's dependencies from its first parameter, so this one must be an (empty) pattern.
  // eslint-disable-next-line no-empty-pattern
  bridgeScript: [async ({}, use) => use(await buildBridgeScript()), { scope: 'worker' }],

  presence: async ({ page, bridgeScript }, use) => {
    const folder = await makeTempDir('presence-e2e-');
    const server = await startRendererServer(rendererBuildDir);
    const log = recordingLogger();
    const backend = await startRestartableBackend({ dataDir: folder.dir, allowedOrigins: [server.origin], log });
    await connectPage(page, backend, bridgeScript);
    const pageProblems = watchForPageProblems(page);

    await use({
      origin: server.origin,
      dataDir: folder.dir,
      backend,
      logLines: log.lines,
      async open(hash = '#/journal') {
        await page.goto(`${server.origin}/${hash}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
      },
      async restart() {
        await backend.restart();
        await page.reload();
        await page.getByRole('heading', { level: 1 }).waitFor();
      },
    });

    await backend.close();
    await server.close();
    await folder.remove();
    expect(pageProblems, 'the page reported errors').toEqual([]);
  },
});

export { expect } from '@playwright/test';
