import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';

/**
 * The weekly practice e-mail, kept in the practice table beside the journals:
 * - who gets it: one item per subscribed student in one of SUBSCRIBER_SHARDS partitions
 *   `mail#weekly#<shard>` (partition key `userId` holds the shard, `itemKey` the student), so the
 *   weekly job Queries the shards instead of scanning every user, and a toggle is one write;
 * - what was sent: `mail#weekly#<monday>` in the student's own partition, written before the send
 *   with a condition, so a second run of the same week sends nothing.
 * Student ids are Cognito subs (UUIDs): no student's partition is called `mail#…`.
 */
export const SUBSCRIBER_SHARDS = 16;
const PREFIX = 'mail#weekly#';
const subscribersPartition = (shard: number) => `${PREFIX}${shard}`;
const sentKey = (week: string) => `${PREFIX}${week}`;

/** A student's shard: fixed by the id, so a toggle finds the item again. */
export function shardOf(userId: string): number {
  return createHash('sha256').update(userId).digest().readUInt16BE(0) % SUBSCRIBER_SHARDS;
}

export interface Subscriber {
  readonly userId: string;
  readonly tz: string;
}

export interface SubscriberPage {
  readonly subscribers: Subscriber[];
  readonly next?: Record<string, NativeAttributeValue>;
}

/** `sending` from the claim until the mailer answered; `failed` may be claimed again by a later run. */
export type WeekState = 'sending' | 'sent' | 'failed';

export class WeeklyMailRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async subscription(userId: string): Promise<Subscriber | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId: subscribersPartition(shardOf(userId)), itemKey: userId } }));
    return Item ? { userId, tz: String(Item.tz) } : undefined;
  }

  async subscribe(userId: string, tz: string): Promise<void> {
    const Item = { userId: subscribersPartition(shardOf(userId)), itemKey: userId, tz, updatedAt: new Date().toISOString() };
    await this.db.send(new PutCommand({ TableName: this.tableName, Item }));
  }

  async unsubscribe(userId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { userId: subscribersPartition(shardOf(userId)), itemKey: userId } }));
  }

  /** One page of a shard's subscribers. */
  async subscribers(shard: number, start?: Record<string, NativeAttributeValue>, limit = 100): Promise<SubscriberPage> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'userId = :shard',
        ExpressionAttributeValues: { ':shard': subscribersPartition(shard) },
        ExclusiveStartKey: start,
        Limit: limit,
      }),
    );
    const subscribers = (page.Items ?? []).map((item) => ({ userId: String(item.itemKey), tz: String(item.tz) }));
    return { subscribers, next: page.LastEvaluatedKey };
  }

  /**
   * Claims the week's e-mail for this run (→ true): only when no run claimed it, or the run that
   * did could not send it. A run that finds it `sending` or `sent` leaves it alone.
   */
  async claimWeek(userId: string, week: string): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { userId, itemKey: sentKey(week), state: 'sending' satisfies WeekState, claimedAt: new Date().toISOString() },
          ConditionExpression: 'attribute_not_exists(itemKey) OR #state = :failed',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':failed': 'failed' satisfies WeekState },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markWeek(userId: string, week: string, state: Exclude<WeekState, 'sending'>): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId, itemKey: sentKey(week) },
        UpdateExpression: 'SET #state = :state, finishedAt = :at',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':state': state, ':at': new Date().toISOString() },
      }),
    );
  }

  async weekState(userId: string, week: string): Promise<WeekState | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, itemKey: sentKey(week) }, ConsistentRead: true }));
    return Item?.state as WeekState | undefined;
  }
}
