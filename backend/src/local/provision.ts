import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createTableInput } from '../lib/db/create-table-input';
import { describeTable, missingIndexes, rebuildTable, resumeRebuild } from './rebuild-table';
import type { TableDefinition } from '../lib/db/table-definitions';

/**
 * Creates each table unless it exists, then waits until it accepts writes (dynalite races
 * otherwise). With `backupDir` (the local stack's data), a table made before its definition
 * gained an index is rebuilt with it, and a rebuild a stop interrupted is finished.
 */
export async function ensureTables(db: DynamoDBClient, definitions: readonly TableDefinition[], backupDir?: string): Promise<void> {
  for (const definition of definitions) {
    const tableName = definition.localName;
    if (backupDir && (await resumeRebuild(db, definition, backupDir))) continue;
    const table = await describeTable(db, tableName);
    const missing = missingIndexes(definition, table);
    if (!table) await db.send(new CreateTableCommand(createTableInput(definition, tableName)));
    else if (missing.length && backupDir) await rebuildTable(db, definition, backupDir);
    else if (missing.length) throw new Error(`Table ${tableName} lacks the index(es) ${missing.join(', ')}`);
    await waitUntilActive(db, tableName);
  }
}

/**
 * Polls until the table is ACTIVE. (The SDK's waitUntilTableExists sleeps 20 s whenever its
 * first look sees CREATING, which dynalite shows for a moment even with createTableMs: 0.)
 */
async function waitUntilActive(db: DynamoDBClient, tableName: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await db.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`Table ${tableName} is still ${Table?.TableStatus} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** What CreateBucket answers when the bucket is there after all. */
const BUCKET_THERE = new Set(['BucketAlreadyExists', 'BucketAlreadyOwnedByYou']);

export async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    return;
  } catch {
    // Missing, or the check itself failed (seen once on a restart after a SIGKILL): create below.
  }
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    if (!(error instanceof Error && BUCKET_THERE.has(error.name))) throw error;
  }
}

export interface UserPoolIds {
  readonly userPoolId: string;
  readonly clientId: string;
}

/** The same pool settings as the CDK stack: e-mail sign-in, strong passwords, optional TOTP MFA. */
export async function ensureUserPool(cognito: CognitoIdentityProviderClient, poolName: string): Promise<UserPoolIds> {
  const pools = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  let userPoolId = pools.UserPools?.find((pool) => pool.Name === poolName)?.Id;
  if (!userPoolId) {
    const created = await cognito.send(
      new CreateUserPoolCommand({
        PoolName: poolName,
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        MfaConfiguration: 'OPTIONAL',
        Policies: {
          PasswordPolicy: {
            MinimumLength: 8,
            RequireUppercase: true,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          },
        },
      }),
    );
    userPoolId = created.UserPool!.Id!;
    await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'admin' }));
  }
  const clients = await cognito.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }));
  let clientId = clients.UserPoolClients?.find((client) => client.ClientName === 'web')?.ClientId;
  if (!clientId) {
    const created = await cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: 'web',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    clientId = created.UserPoolClient!.ClientId!;
  }
  return { userPoolId, clientId };
}
