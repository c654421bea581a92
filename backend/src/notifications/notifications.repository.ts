import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NotificationKind } from '@lessonstage/shared';
import { NOTIFICATION_KEY_PREFIX, SETTINGS_KEY, type NotificationRecord, type NotificationSettingsRecord } from './notification.record';

export interface NotificationRecordsPage {
  readonly items: NotificationRecord[];
  readonly lastKey?: string;
}

/** Notifications under their user, newest first, and the user's one settings item. */
export class NotificationsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Stores the notification, then counts it unread (an ADD, exact under concurrency). */
  async add(record: NotificationRecord): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: record, ConditionExpression: 'attribute_not_exists(itemKey)' }));
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId: record.userId, itemKey: SETTINGS_KEY },
        UpdateExpression: 'ADD unreadCount :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
  }

  async settings(userId: string): Promise<NotificationSettingsRecord> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, itemKey: SETTINGS_KEY } }));
    const item = result.Item as Partial<NotificationSettingsRecord> | undefined;
    return { unreadCount: Math.max(0, item?.unreadCount ?? 0), emailOff: item?.emailOff ?? [], ...(item?.readUpTo ? { readUpTo: item.readUpTo } : {}) };
  }

  async setEmailOff(userId: string, emailOff: readonly NotificationKind[]): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId, itemKey: SETTINGS_KEY },
        UpdateExpression: 'SET emailOff = :off',
        ExpressionAttributeValues: { ':off': emailOff },
      }),
    );
  }

  /**
   * Marks everything up to `upTo` (the newest notification the user saw) read. The count drops by
   * the notifications it covers, counted here, so one arriving meanwhile stays unread.
   */
  async markRead(userId: string, upTo: string): Promise<void> {
    const current = await this.settings(userId);
    if (current.readUpTo && current.readUpTo >= upTo) return;
    const covered = await this.countBetween(userId, current.readUpTo, upTo);
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId, itemKey: SETTINGS_KEY },
        UpdateExpression: 'SET readUpTo = :upTo ADD unreadCount :minus',
        ConditionExpression: current.readUpTo ? 'readUpTo = :was' : 'attribute_not_exists(readUpTo)',
        ExpressionAttributeValues: { ':upTo': upTo, ':minus': -covered, ...(current.readUpTo ? { ':was': current.readUpTo } : {}) },
      }),
    );
  }

  async page(userId: string, limit: number, startKey?: string): Promise<NotificationRecordsPage> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'userId = :user AND begins_with(itemKey, :prefix)',
        ExpressionAttributeValues: { ':user': userId, ':prefix': NOTIFICATION_KEY_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
        ...(startKey ? { ExclusiveStartKey: { userId, itemKey: startKey } } : {}),
      }),
    );
    const lastKey = result.LastEvaluatedKey?.['itemKey'] as string | undefined;
    return { items: (result.Items ?? []) as NotificationRecord[], ...(lastKey ? { lastKey } : {}) };
  }

  /** Notifications created after `from` (exclusive) up to `to` (inclusive). */
  private async countBetween(userId: string, from: string | undefined, to: string): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'userId = :user AND itemKey BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':user': userId, ':from': from ? `${NOTIFICATION_KEY_PREFIX}${from}~` : NOTIFICATION_KEY_PREFIX, ':to': `${NOTIFICATION_KEY_PREFIX}${to}~` },
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      count += result.Count ?? 0;
      start = result.LastEvaluatedKey;
    } while (start);
    return count;
  }
}
