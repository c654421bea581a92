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
    close: async () => {
      server.closeAllConnections();
      // A Query's LevelDB stream reads ahead after the answer is sent; if the store closes under
      // it, dynalite throws from a callback and takes the process down. Let those reads settle.
      await new Promise((resolve) => setTimeout(resolve, 100));
      // dynalite closes its LevelDB store on the server's close event.
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
