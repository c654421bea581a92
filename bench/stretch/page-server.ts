import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { own, type Stop } from '../resources';

export interface PageServer {
  readonly url: string;
  readonly stop: Stop;
}

/**
 * A loopback HTTP server for the stretch bench's page: fixed files by path (read once, at start),
 * a blank page at /. One origin for the page, the clips and the worklet modules, so nothing needs
 * CORS. Registered in bench/resources.ts from the moment it listens.
 */
export async function startPageServer(files: Readonly<Record<string, { readonly path?: string; readonly text?: string; readonly type: string }>>): Promise<PageServer> {
  const bodies = new Map(Object.entries(files).map(([route, file]) => [route, { body: file.text ?? readFileSync(file.path!), type: file.type }]));
  bodies.set('/', { body: '<!doctype html><title>stretch bench</title>', type: 'text/html' });
  const server = createServer((request, response) => {
    const file = bodies.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'content-length': Buffer.byteLength(file.body), 'cache-control': 'no-store' }).end(file.body);
  });
  server.listen(0, '127.0.0.1');
  const stop = own('stretch bench page server', () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error as Error))]);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop };
}
