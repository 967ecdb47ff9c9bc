import { app, type WebContents } from 'electron';
import { appOrigin, originOf } from '../../shared/appOrigin';
import { consoleLogger, type Logger } from '../core/logger';
import { openExternalSafely } from './externalLinks';

function isAppUrl(url: string): boolean {
  return originOf(url) === appOrigin;
}

/**
 * A page that navigates away from app://presence would keep the preload and
 * with it the whole Presence API, so every page may only move within the app.
 */
export function guardWebContents(contents: WebContents, log: Logger = consoleLogger): void {
  const stayInApp = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.warn(`blocked a ${kind} away from Presence`, { url: event.url });
  };
  contents.on('will-navigate', (event) => stayInApp(event, 'navigation'));
  contents.on('will-redirect', (event) => stayInApp(event, 'redirect'));

  // New windows never open inside the app; a link the person clicked opens in
  // their browser instead, if it is one the external-link helper accepts.
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, log);
    return { action: 'deny' };
  });

  // Presence has no use for <webview>, and a guest page would run outside these guards.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('blocked a <webview> from attaching');
  });
}

/** Applies the guards to every web contents, including ones created later. */
export function setupWebContentsGuards(log: Logger = consoleLogger): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));
}
