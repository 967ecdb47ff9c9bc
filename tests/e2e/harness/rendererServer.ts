import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveRendererFile } from '../../../electron/core/rendererFiles/resolveRendererFile';
import { contentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';

export interface RendererServer {
  /** `http://127.0.0.1:<port>`, the origin the backend trusts in tests. */
  origin: string;
  close(): Promise<void>;
}

function refuse(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(status === 404 ? 'Not found' : 'Not allowed');
}

/**
 * Serves the built renderer the way the app:// protocol does: the same path
 * guard (resolveRendererFile) and the same Content-Security-Policy header.
 */
export async function startRendererServer(rootDir: string): Promise<RendererServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405);
    const file = resolveRendererFile(rootDir, `http://127.0.0.1${request.url ?? '/'}`);
    if (file === null) return refuse(response, 404);
    readFile(file.filePath).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': file.contentType,
          'Content-Security-Policy': contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => refuse(response, 404),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
