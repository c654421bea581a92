import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import type { RunningServer } from './running-server';

/** dynalite (DynamoDB API) on loopback; with a directory its LevelDB data survives restarts. */
export async function startDynamoDb(port: number, directory?: string): Promise<RunningServer> {
  if (directory) mkdirSync(directory, { recursive: true });
  const server = dynalite({ path: directory, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        // dynalite closes its LevelDB store on the server's close event.
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
