import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_DEFINITIONS } from '../lib/db/table-definitions';
import { startDynamoDb } from '../local/emulators/dynamodb.emulator';
import { ensureTables } from '../local/provision';

export interface TestDynamoDb {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
  close(): Promise<void>;
}

/** A fresh in-memory dynalite on a free port with every table of the app created. */
export async function startTestDynamoDb(): Promise<TestDynamoDb> {
  const server = await startDynamoDb(0);
  const client = new DynamoDBClient({
    region: 'us-east-1',
    endpoint: server.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  await ensureTables(client, TABLE_DEFINITIONS);
  return {
    endpoint: server.endpoint,
    client,
    doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    close: async () => {
      client.destroy();
      await server.close();
    },
  };
}
