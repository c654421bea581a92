import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import type { RunningServer } from './running-server';

/** s3rver (S3 API) on loopback. It checks no signatures, so it is never exposed to the browser. */
export async function startS3(port: number, directory: string): Promise<RunningServer> {
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({ port, address: '127.0.0.1', directory, silent: true });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
