import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appHost, appScheme } from '../../shared/appOrigin';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { resolveRendererFile } from '../core/rendererFiles/resolveRendererFile';

/**
 * Must run before `ready`. `standard` gives the scheme real origins and
 * relative URL resolution, `secure` lets pages use secure-context APIs, and
 * `supportFetchAPI` lets the page fetch its own files. `corsEnabled` is left
 * off on purpose: it would make these files readable from any other origin.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

// Sent with every answer, errors included, so no response is ever unprotected.
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
};

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Answers one app:// request from the built renderer folder, never from outside it. */
export async function serveRendererRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  let host: string;
  try {
    host = new URL(requestUrl).host;
  } catch {
    return notFound();
  }
  if (host !== appHost) return notFound();

  const file = resolveRendererFile(rendererDir, requestUrl);
  if (!file) return notFound();
  try {
    const body = await readFile(file.filePath);
    return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': file.contentType } });
  } catch {
    // Missing files and folders look the same to the page: nothing there.
    return notFound();
  }
}

/** Must run after `ready`; the renderer is then only reachable as app://presence/. */
export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveRendererRequest(rendererDir, request.url));
}
