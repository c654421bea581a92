import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReportReason } from '@lessonstage/shared';
import { DISCUSSIONS_TABLE } from '../lib/db/table-definitions';
import {
  listKeyOf,
  OPEN_REPORTS,
  postKeyOf,
  REPLY_PREFIX,
  REPORT_PREFIX,
  THREAD_ITEM,
  type PostRecord,
  type ReplyRecord,
  type ThreadRecord,
} from './discussion.record';

const [BY_COURSE, BY_REPORT] = DISCUSSIONS_TABLE.globalIndexes.map((index) => index.indexName) as [string, string];
/** Conditional counter updates retried this often when a pin and a reply cross. */
const MAX_ATTEMPTS = 5;

export interface RecordsPage<T, P> {
  readonly items: T[];
  readonly next: P | null;
}

/** Where the next page of a course's threads starts (the course is in the path, never the cursor). */
export interface ThreadPosition {
  readonly listKey: string;
  readonly threadId: string;
}

export interface ReportPosition {
  readonly reportKey: string;
  readonly threadId: string;
  readonly itemKey: string;
}

function lostRace(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}

/**
 * Threads, replies and reports. Every read is a GetItem or a Query on a key (no Scan); the two
 * writes a reply or a pin needs are single-item conditional writes, retried when they cross.
 */
export class DiscussionsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createThread(thread: ThreadRecord): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: thread, ConditionExpression: 'attribute_not_exists(threadId)' }));
  }

  async getThread(threadId: string): Promise<ThreadRecord | undefined> {
    return (await this.getPost(threadId)) as ThreadRecord | undefined;
  }

  async getPost(postId: string): Promise<PostRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: postKeyOf(postId), ConsistentRead: true }));
    return result.Item as PostRecord | undefined;
  }

  /** One page of a course's threads: pinned first, then by latest activity, newest first. */
  async listThreads(courseId: string, limit: number, start?: ThreadPosition): Promise<RecordsPage<ThreadRecord, ThreadPosition>> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_COURSE,
        KeyConditionExpression: 'courseId = :course',
        ExpressionAttributeValues: { ':course': courseId },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: start ? { courseId, listKey: start.listKey, threadId: start.threadId, itemKey: THREAD_ITEM } : undefined,
      }),
    );
    const last = result.LastEvaluatedKey;
    return { items: (result.Items ?? []) as ThreadRecord[], next: last ? { listKey: String(last['listKey']), threadId: String(last['threadId']) } : null };
  }

  /** One page of a thread's replies, oldest first; `start` is the last reply's itemKey. */
  async listReplies(threadId: string, limit: number, start?: string): Promise<RecordsPage<ReplyRecord, string>> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'threadId = :thread AND begins_with(itemKey, :reply)',
        ExpressionAttributeValues: { ':thread': threadId, ':reply': REPLY_PREFIX },
        Limit: limit,
        ExclusiveStartKey: start ? { threadId, itemKey: start } : undefined,
      }),
    );
    const last = result.LastEvaluatedKey;
    return { items: (result.Items ?? []) as ReplyRecord[], next: last ? String(last['itemKey']) : null };
  }

  /**
   * Stores the reply, then counts it on its thread and moves the thread up the list. The thread's
   * `listKey` holds its pin, so the update is conditional on the pin it read (a pin crossing it
   * retries). False when the thread is gone (its deletion sweeps the reply).
   */
  async addReply(reply: ReplyRecord): Promise<boolean> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: reply, ConditionExpression: 'attribute_not_exists(itemKey)' }));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const thread = await this.getThread(reply.threadId);
      if (!thread) return false;
      try {
        await this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { threadId: reply.threadId, itemKey: THREAD_ITEM },
            UpdateExpression: `SET lastActivityAt = :at, listKey = :listKey${reply.teacherAnswer ? ', answered = :true' : ''} ADD replyCount :one`,
            ConditionExpression: 'attribute_exists(threadId) AND pinned = :pinned',
            ExpressionAttributeValues: {
              ':at': reply.createdAt,
              ':listKey': listKeyOf(thread.pinned, reply.createdAt, reply.threadId),
              ':pinned': thread.pinned,
              ':one': 1,
              ...(reply.teacherAnswer ? { ':true': true } : {}),
            },
          }),
        );
        return true;
      } catch (error) {
        if (!lostRace(error)) throw error;
      }
    }
    throw new Error(`thread ${reply.threadId}: reply not counted after ${MAX_ATTEMPTS} attempts`);
  }

  /** Pins or unpins, conditional on the activity time it read (a reply crossing it retries). */
  async setPinned(threadId: string, pinned: boolean): Promise<ThreadRecord | undefined> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const thread = await this.getThread(threadId);
      if (!thread) return undefined;
      try {
        const result = await this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { threadId, itemKey: THREAD_ITEM },
            UpdateExpression: 'SET pinned = :pinned, listKey = :listKey',
            ConditionExpression: 'lastActivityAt = :seen',
            ExpressionAttributeValues: { ':pinned': pinned, ':listKey': listKeyOf(pinned, thread.lastActivityAt, threadId), ':seen': thread.lastActivityAt },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return result.Attributes as ThreadRecord;
      } catch (error) {
        if (!lostRace(error)) throw error;
      }
    }
    throw new Error(`thread ${threadId}: pin not written after ${MAX_ATTEMPTS} attempts`);
  }

  /** The author's edit; undefined when the post is gone or someone else wrote it. */
  async editPost(postId: string, authorId: string, edit: { text: string; title?: string; editedAt: string }): Promise<PostRecord | undefined> {
    const title = edit.title === undefined ? '' : ', title = :title';
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: postKeyOf(postId),
          UpdateExpression: `SET #text = :text, editedAt = :editedAt${title}`,
          ConditionExpression: 'authorId = :author',
          ExpressionAttributeNames: { '#text': 'text' },
          ExpressionAttributeValues: { ':text': edit.text, ':editedAt': edit.editedAt, ':author': authorId, ...(edit.title === undefined ? {} : { ':title': edit.title }) },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return result.Attributes as PostRecord;
    } catch (error) {
      if (lostRace(error)) return undefined;
      throw error;
    }
  }

  /** Deletes a reply and uncounts it, only if this call deleted it (a repeat changes nothing). */
  async deleteReply(reply: ReplyRecord): Promise<void> {
    const result = await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { threadId: reply.threadId, itemKey: reply.itemKey }, ReturnValues: 'ALL_OLD' }));
    if (!result.Attributes) return;
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { threadId: reply.threadId, itemKey: THREAD_ITEM },
          UpdateExpression: 'ADD replyCount :minus',
          ConditionExpression: 'attribute_exists(threadId)',
          ExpressionAttributeValues: { ':minus': -1 },
        }),
      );
    } catch (error) {
      if (!lostRace(error)) throw error;
    }
  }

  /** Deletes the thread item first (the thread is gone at once), then sweeps its replies and reports. */
  async deleteThread(threadId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { threadId, itemKey: THREAD_ITEM } }));
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'threadId = :thread', ExpressionAttributeValues: { ':thread': threadId }, ProjectionExpression: 'threadId, itemKey', ExclusiveStartKey: start }),
      );
      await this.deleteKeys((page.Items ?? []) as { threadId: string; itemKey: string }[]);
      start = page.LastEvaluatedKey;
    } while (start);
  }

  /**
   * Records `userId`'s report of a post (once per user: a conditional marker), then counts it on
   * the post and puts the post in the queue. False when the user had reported it already.
   */
  async report(post: PostRecord, userId: string, reason: ReportReason, at: string): Promise<boolean> {
    const postId = 'postId' in post ? post.postId : post.threadId;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { threadId: post.threadId, itemKey: `${REPORT_PREFIX}${postId}#${userId}`, reason, reportedAt: at },
          ConditionExpression: 'attribute_not_exists(itemKey)',
        }),
      );
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { threadId: post.threadId, itemKey: post.itemKey },
        UpdateExpression: 'SET reportQueue = :open, reportKey = if_not_exists(reportKey, :key) ADD reportCount :one, reportReasons :reasons',
        ConditionExpression: 'attribute_exists(itemKey)',
        ExpressionAttributeValues: { ':open': OPEN_REPORTS, ':key': `${at}#${postId}`, ':one': 1, ':reasons': new Set([reason]) },
      }),
    ).catch((error: unknown) => {
      if (!lostRace(error)) throw error;
    });
    return true;
  }

  /** The moderation queue, oldest first report first. */
  async reportQueue(limit: number, start?: ReportPosition): Promise<RecordsPage<PostRecord, ReportPosition>> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_REPORT,
        KeyConditionExpression: 'reportQueue = :open',
        ExpressionAttributeValues: { ':open': OPEN_REPORTS },
        Limit: limit,
        ExclusiveStartKey: start ? { reportQueue: OPEN_REPORTS, ...start } : undefined,
      }),
    );
    const last = result.LastEvaluatedKey;
    const next = last ? { reportKey: String(last['reportKey']), threadId: String(last['threadId']), itemKey: String(last['itemKey']) } : null;
    return { items: (result.Items ?? []) as PostRecord[], next };
  }

  /** A moderator kept the post: it leaves the queue (its count stays, new reports bring it back). */
  async dismissReports(postId: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({ TableName: this.tableName, Key: postKeyOf(postId), UpdateExpression: 'REMOVE reportQueue, reportKey', ConditionExpression: 'attribute_exists(reportQueue)' }),
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  private async deleteKeys(keys: readonly { threadId: string; itemKey: string }[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 25) {
      let requests: Record<string, unknown>[] | undefined = keys.slice(i, i + 25).map((key) => ({ DeleteRequest: { Key: { threadId: key.threadId, itemKey: key.itemKey } } }));
      for (let attempt = 0; requests?.length && attempt < MAX_ATTEMPTS; attempt++) {
        const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
        requests = result.UnprocessedItems?.[this.tableName] as Record<string, unknown>[] | undefined;
      }
    }
  }
}
