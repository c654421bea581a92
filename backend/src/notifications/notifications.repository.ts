import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NotificationKind } from '@lessonstage/shared';
import { NOTIFICATION_KEY_PREFIX, SETTINGS_KEY, type NotificationRecord, type NotificationSettingsRecord } from './notification.record';

/** Compare-and-set attempts of one mark-read before it gives up (a burst of notifications). */
const MARK_READ_ATTEMPTS = 5;

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
   * Marks read everything up to `upTo` (the newest createdAt the user saw) and returns the unread
   * count, or undefined when notifications kept arriving through every attempt. `readUpTo` only
   * moves to a stored notification's createdAt, so a future `upTo` cannot pre-read what has not
   * arrived. The count drops by the notifications it covers (one arriving meanwhile stays unread),
   * or is set to 0 when none is newer: that heals a count a late write left too high. It is a
   * compare-and-set on the count read, so a notification ADDed in between makes it try again.
   */
  async markRead(userId: string, upTo: string): Promise<number | undefined> {
    for (let attempt = 0; attempt < MARK_READ_ATTEMPTS; attempt++) {
      const current = await this.rawSettings(userId);
      const seen = await this.newestCreatedAt(userId, '<=', upTo);
      const target = seen && (!current.readUpTo || seen > current.readUpTo) ? seen : current.readUpTo;
      if (!target) return 0;
      const covered = target === current.readUpTo ? 0 : await this.countBetween(userId, current.readUpTo, target);
      const newer = await this.newestCreatedAt(userId, '>', target);
      const unread = newer ? Math.max(0, (current.unreadCount ?? 0) - covered) : 0;
      if (target === current.readUpTo && unread === (current.unreadCount ?? 0)) return unread;
      if (await this.setRead(userId, current, target, unread)) return unread;
    }
    return undefined;
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

  /** The settings item as stored (no defaults): what markRead's compare-and-set compares with. */
  private async rawSettings(userId: string): Promise<Partial<NotificationSettingsRecord>> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, itemKey: SETTINGS_KEY }, ConsistentRead: true }));
    return (result.Item ?? {}) as Partial<NotificationSettingsRecord>;
  }

  private async setRead(userId: string, was: Partial<NotificationSettingsRecord>, readUpTo: string, unreadCount: number): Promise<boolean> {
    const sameReadUpTo = was.readUpTo ? 'readUpTo = :wasRead' : 'attribute_not_exists(readUpTo)';
    const sameCount = was.unreadCount === undefined ? 'attribute_not_exists(unreadCount)' : 'unreadCount = :wasCount';
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, itemKey: SETTINGS_KEY },
          UpdateExpression: 'SET readUpTo = :upTo, unreadCount = :count',
          ConditionExpression: `${sameReadUpTo} AND ${sameCount}`,
          ExpressionAttributeValues: {
            ':upTo': readUpTo,
            ':count': unreadCount,
            ...(was.readUpTo ? { ':wasRead': was.readUpTo } : {}),
            ...(was.unreadCount === undefined ? {} : { ':wasCount': was.unreadCount }),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** The createdAt of the newest notification at or before (`<=`) or after (`>`) `at`, if any. */
  private async newestCreatedAt(userId: string, side: '<=' | '>', at: string): Promise<string | undefined> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: side === '<=' ? 'userId = :user AND itemKey BETWEEN :prefix AND :at' : 'userId = :user AND itemKey BETWEEN :at AND :end',
        ExpressionAttributeValues:
          side === '<='
            ? { ':user': userId, ':prefix': NOTIFICATION_KEY_PREFIX, ':at': `${NOTIFICATION_KEY_PREFIX}${at}~` }
            : { ':user': userId, ':at': `${NOTIFICATION_KEY_PREFIX}${at}~`, ':end': `${NOTIFICATION_KEY_PREFIX}~` },
        ScanIndexForward: false,
        Limit: 1,
        ProjectionExpression: 'createdAt',
        ConsistentRead: true,
      }),
    );
    return (result.Items?.[0] as Pick<NotificationRecord, 'createdAt'> | undefined)?.createdAt;
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
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      count += result.Count ?? 0;
      start = result.LastEvaluatedKey;
    } while (start);
    return count;
  }
}
