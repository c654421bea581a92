import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, type BatchGetCommandOutput, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Role } from '@lessonstage/shared';
import { USERS_TABLE } from '../lib/db/table-definitions';
import type { TeacherProfileRecord, UserRecord } from './user.record';

const BY_EMAIL_INDEX = USERS_TABLE.globalIndexes[0].indexName;

export class UsersRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Writes the user once; a second confirmation or a retry leaves the first row as it was. */
  async createIfAbsent(user: UserRecord): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({ TableName: this.tableName, Item: user, ConditionExpression: 'attribute_not_exists(userId)' }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async get(userId: string): Promise<UserRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId } }));
    return result.Item as UserRecord | undefined;
  }

  /** Several users by id (BatchGetItem, 100 keys a call); ids with no user are simply absent from the map. */
  async getMany(userIds: readonly string[]): Promise<Map<string, UserRecord>> {
    const found = new Map<string, UserRecord>();
    const unique = [...new Set(userIds)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((userId) => ({ userId }));
      // DynamoDB may leave keys unprocessed under load; ask again for those, a few times.
      for (let attempt = 0; keys?.length && attempt < 5; attempt++) {
        const result: BatchGetCommandOutput = await this.db.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } } }));
        for (const item of (result.Responses?.[this.tableName] ?? []) as UserRecord[]) found.set(item.userId, item);
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return found;
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_EMAIL_INDEX,
        KeyConditionExpression: 'email = :email',
        ExpressionAttributeValues: { ':email': email },
        Limit: 1,
      }),
    );
    return result.Items?.[0] as UserRecord | undefined;
  }

  async updateName(userId: string, name: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId },
        UpdateExpression: 'SET #name = :name',
        ConditionExpression: 'attribute_exists(userId)',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: { ':name': name },
      }),
    );
  }

  async setTeacherProfile(userId: string, profile: TeacherProfileRecord): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId },
        UpdateExpression: 'SET teacherProfile = :profile',
        ConditionExpression: 'attribute_exists(userId)',
        ExpressionAttributeValues: { ':profile': profile },
      }),
    );
  }

  /** Keeps the stored role in step with the Cognito group, which is the source of truth. */
  async setRole(userId: string, role: Role): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId },
        UpdateExpression: 'SET #role = :role',
        ConditionExpression: 'attribute_exists(userId)',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':role': role },
      }),
    );
  }
}
