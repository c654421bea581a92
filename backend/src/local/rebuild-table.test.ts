import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTableInput } from '../lib/db/create-table-input';
import { ENROLLMENTS_TABLE } from '../lib/db/table-definitions';
import { startDynamoDb } from './emulators/dynamodb.emulator';
import type { RunningServer } from './emulators/running-server';
import { ensureTables } from './provision';
import { rebuildBackupPath } from './rebuild-table';

describe('a local table made before its definition gained an index', () => {
  let server: RunningServer;
  let client: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  let dataDir: string;
  const table = ENROLLMENTS_TABLE.localName;
  const enrollment = (n: number) => ({ userId: 'u1', courseId: `c${n}`, status: 'active', paymentId: 'free', grantedAt: `2026-01-0${n}T00:00:00.000Z` });
  const newestFirst = async () =>
    (await doc.send(new QueryCommand({ TableName: table, IndexName: 'byUserGrantedAt', KeyConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': 'u1' }, ScanIndexForward: false }))).Items?.map(
      (item) => item.courseId as string,
    );
  const indexes = async () => (await client.send(new DescribeTableCommand({ TableName: table }))).Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName);

  beforeEach(async () => {
    server = await startDynamoDb(0);
    client = new DynamoDBClient({ region: 'us-east-1', endpoint: server.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    doc = DynamoDBDocumentClient.from(client);
    dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-rebuild-'));
  });

  afterEach(async () => {
    client.destroy();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is rebuilt with the index, keeping every item', async () => {
    const before = { ...ENROLLMENTS_TABLE, globalIndexes: ENROLLMENTS_TABLE.globalIndexes.slice(0, 1) };
    await client.send(new CreateTableCommand(createTableInput(before, table)));
    for (const n of [1, 2, 3]) await doc.send(new PutCommand({ TableName: table, Item: enrollment(n) }));
    expect(await indexes()).toEqual(['byCourse']);

    await ensureTables(client, [ENROLLMENTS_TABLE], dataDir);
    expect(await indexes()).toEqual(['byCourse', 'byUserGrantedAt']);
    expect(await newestFirst()).toEqual(['c3', 'c2', 'c1']);
    expect(existsSync(rebuildBackupPath(dataDir, table))).toBe(false);
  });

  it('is refused without a place to keep its items meanwhile', async () => {
    await client.send(new CreateTableCommand(createTableInput({ ...ENROLLMENTS_TABLE, globalIndexes: [] }, table)));
    await expect(ensureTables(client, [ENROLLMENTS_TABLE])).rejects.toThrow(/lacks the index\(es\) byCourse, byUserGrantedAt/);
  });

  it('is finished from its file after a stop half-way (the table dropped, or refilled in part)', async () => {
    await client.send(new CreateTableCommand(createTableInput(ENROLLMENTS_TABLE, table)));
    await doc.send(new PutCommand({ TableName: table, Item: enrollment(1) }));
    const items = [1, 2].map((n) => Object.fromEntries(Object.entries(enrollment(n)).map(([key, value]) => [key, { S: value }])));
    writeFileSync(rebuildBackupPath(dataDir, table), JSON.stringify(items));

    await ensureTables(client, [ENROLLMENTS_TABLE], dataDir);
    expect(await newestFirst()).toEqual(['c2', 'c1']);
    expect(existsSync(rebuildBackupPath(dataDir, table))).toBe(false);
  });
});
