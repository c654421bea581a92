import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  ScanCommand,
  type AttributeValue,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { createTableInput } from '../lib/db/create-table-input';
import type { TableDefinition } from '../lib/db/table-definitions';

type Item = Record<string, AttributeValue>;

/** Where a table's items wait while it is rebuilt: written whole (then renamed) before the table is dropped. */
export function rebuildBackupPath(backupDir: string, tableName: string): string {
  return join(backupDir, `rebuild-${tableName}.json`);
}

/** The definition's indexes the existing table lacks (DynamoDB adds them in place; dynalite cannot). */
export function missingIndexes(definition: TableDefinition, table: TableDescription | undefined): string[] {
  const present = new Set((table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  return definition.globalIndexes.map((index) => index.indexName).filter((name) => !present.has(name));
}

/**
 * Gives a local table the indexes its definition gained since `.data/` was made. dynalite's
 * UpdateTable ignores new indexes, so the table is copied out to a file, dropped, created anew
 * and filled again. A stop half-way leaves the file, and the next start finishes from it
 * (`resumeRebuild`), so no item is lost.
 */
export async function rebuildTable(db: DynamoDBClient, definition: TableDefinition, backupDir: string): Promise<void> {
  const tableName = definition.localName;
  const items = await scanAll(db, tableName);
  const path = rebuildBackupPath(backupDir, tableName);
  await writeFile(`${path}.partial`, JSON.stringify(items));
  await rename(`${path}.partial`, path);
  await refill(db, definition, path);
}

/** Finishes a rebuild a stop interrupted: the file is whole, the table may be anything. */
export async function resumeRebuild(db: DynamoDBClient, definition: TableDefinition, backupDir: string): Promise<boolean> {
  const path = rebuildBackupPath(backupDir, definition.localName);
  if (!existsSync(path)) return false;
  await refill(db, definition, path);
  return true;
}

async function refill(db: DynamoDBClient, definition: TableDefinition, path: string): Promise<void> {
  const tableName = definition.localName;
  const items = JSON.parse(await readFile(path, 'utf8')) as Item[];
  await dropIfPresent(db, tableName);
  await db.send(new CreateTableCommand(createTableInput(definition, tableName)));
  await until(async () => (await describeTable(db, tableName))?.TableStatus === 'ACTIVE', tableName);
  for (let i = 0; i < items.length; i += 25) await writeBatch(db, tableName, items.slice(i, i + 25));
  await rm(path);
}

async function scanAll(db: DynamoDBClient, tableName: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

async function writeBatch(db: DynamoDBClient, tableName: string, items: Item[]): Promise<void> {
  let requests = items.map((Item) => ({ PutRequest: { Item } }));
  while (requests.length) {
    const result = await db.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }));
    requests = (result.UnprocessedItems?.[tableName] ?? []).flatMap((request) => (request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : []));
  }
}

async function dropIfPresent(db: DynamoDBClient, tableName: string): Promise<void> {
  if (!(await describeTable(db, tableName))) return;
  await db.send(new DeleteTableCommand({ TableName: tableName }));
  await until(async () => !(await describeTable(db, tableName)), tableName);
}

export async function describeTable(db: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await db.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function until(done: () => Promise<boolean>, tableName: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Table ${tableName}: rebuild step still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
