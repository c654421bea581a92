import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAX_COMMENTS_PER_SUBMISSION, type SubmissionStatus } from '@lessonstage/shared';
import { SUBMISSIONS_TABLE } from '../lib/db/table-definitions';
import { ownerLessonKeyOf, sharedLessonKeyOf, type SubmissionCommentRecord, type SubmissionRecord, type SubmissionReplyRecord } from './submission.record';

const [BY_OWNER, BY_OWNER_LESSON, BY_SHARED_LESSON, BY_STATUS] = SUBMISSIONS_TABLE.globalIndexes.map((index) => index.indexName) as [string, string, string, string];

/** Where a page ends: the last item's id and time (its index partition is known to the caller). */
export interface SubmissionPosition {
  readonly submissionId: string;
  readonly createdAt: string;
}

export interface SubmissionRecordsPage {
  readonly items: SubmissionRecord[];
  readonly next?: SubmissionPosition;
}

/** The submission is gone, or the write's condition (owner, room for comments) did not hold. */
export class SubmissionWriteRefused extends Error {}

/** Runs a conditional write; a condition that did not hold becomes SubmissionWriteRefused. */
async function guarded<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new SubmissionWriteRefused();
    throw error;
  }
}

/** Submissions by id; every write is one conditional single-item write (no transactions). */
export class SubmissionsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(submissionId: string): Promise<SubmissionRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { submissionId }, ConsistentRead: true }));
    return result.Item as SubmissionRecord | undefined;
  }

  /** Stores a new submission; refused when its id (its upload) already backs one. */
  async create(record: SubmissionRecord): Promise<void> {
    await guarded(() => this.db.send(new PutCommand({ TableName: this.tableName, Item: record, ConditionExpression: 'attribute_not_exists(submissionId)' })));
  }

  /** Shares or unshares, only for its owner; answers the stored result. */
  async setShared(submissionId: string, userId: string, shared: boolean): Promise<SubmissionRecord> {
    const stored = await this.get(submissionId);
    if (!stored) throw new SubmissionWriteRefused();
    const listed = shared ? 'SET #shared = :shared, sharedLessonKey = :key' : 'SET #shared = :shared REMOVE sharedLessonKey';
    return this.update(submissionId, listed, 'userId = :user', {
      ':shared': shared,
      ':user': userId,
      ...(shared ? { ':key': sharedLessonKeyOf(stored.courseId, stored.lessonId) } : {}),
    });
  }

  /** Appends a teacher's comment (while there is room) and moves the submission out of the queue. */
  async addComment(submissionId: string, comment: SubmissionCommentRecord): Promise<SubmissionRecord> {
    return this.update(
      submissionId,
      'SET comments = list_append(comments, :comment), #status = :answered, answeredAt = if_not_exists(answeredAt, :now)',
      'size(comments) < :max',
      { ':comment': [comment], ':answered': 'answered', ':now': comment.createdAt, ':max': MAX_COMMENTS_PER_SUBMISSION },
    );
  }

  /** Sets the teacher's video answer; answers the submission before (whose old answer's file may go). */
  async setReply(submissionId: string, reply: SubmissionReplyRecord): Promise<{ before: SubmissionRecord; after: SubmissionRecord }> {
    const before = await this.get(submissionId);
    if (!before) throw new SubmissionWriteRefused();
    const after = await this.update(submissionId, 'SET reply = :reply, #status = :answered, answeredAt = if_not_exists(answeredAt, :now)', undefined, {
      ':reply': reply,
      ':answered': 'answered',
      ':now': reply.createdAt,
    });
    return { before, after };
  }

  /** Deletes it and answers what it was (to delete its files), or undefined if it was already gone. */
  async delete(submissionId: string): Promise<SubmissionRecord | undefined> {
    const result = await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { submissionId }, ReturnValues: 'ALL_OLD' }));
    return result.Attributes as SubmissionRecord | undefined;
  }

  /** A student's own submissions, newest first. */
  async pageByOwner(userId: string, limit: number, after?: SubmissionPosition): Promise<SubmissionRecordsPage> {
    return this.page(BY_OWNER, 'userId', userId, { limit, after, newestFirst: true });
  }

  /** The teachers' queue of one status, oldest first. */
  async pageByStatus(status: SubmissionStatus, limit: number, after?: SubmissionPosition): Promise<SubmissionRecordsPage> {
    return this.page(BY_STATUS, 'status', status, { limit, after, newestFirst: false });
  }

  /** A student's own submissions on a lesson, and the lesson's shared ones (the newest `limit` of each). */
  async listForLesson(userId: string, courseId: string, lessonId: string, limit: number): Promise<SubmissionRecord[]> {
    const [own, shared] = await Promise.all([
      this.page(BY_OWNER_LESSON, 'ownerLessonKey', ownerLessonKeyOf(userId, courseId, lessonId), { limit, newestFirst: true }),
      this.page(BY_SHARED_LESSON, 'sharedLessonKey', sharedLessonKeyOf(courseId, lessonId), { limit, newestFirst: true }),
    ]);
    const byId = new Map([...own.items, ...shared.items].map((item) => [item.submissionId, item]));
    return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  private async page(
    indexName: string,
    partitionName: string,
    partition: string,
    options: { limit: number; after?: SubmissionPosition; newestFirst: boolean },
  ): Promise<SubmissionRecordsPage> {
    const { limit, after, newestFirst } = options;
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexName,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': partitionName },
        ExpressionAttributeValues: { ':p': partition },
        ScanIndexForward: !newestFirst,
        Limit: limit,
        ...(after ? { ExclusiveStartKey: { submissionId: after.submissionId, createdAt: after.createdAt, [partitionName]: partition } } : {}),
      }),
    );
    const items = (result.Items ?? []) as SubmissionRecord[];
    const last = result.LastEvaluatedKey;
    return { items, ...(last ? { next: { submissionId: String(last['submissionId']), createdAt: String(last['createdAt']) } } : {}) };
  }

  private async update(submissionId: string, expression: string, condition: string | undefined, values: Record<string, unknown>): Promise<SubmissionRecord> {
    // `status` and `shared` are DynamoDB reserved words: written as #status and #shared.
    const names = Object.fromEntries([...new Set(expression.match(/#\w+/g) ?? [])].map((name) => [name, name.slice(1)]));
    const command = new UpdateCommand({
      TableName: this.tableName,
      Key: { submissionId },
      UpdateExpression: expression,
      ConditionExpression: ['attribute_exists(submissionId)', ...(condition ? [condition] : [])].join(' AND '),
      ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW',
    });
    const result = await guarded(() => this.db.send(command));
    return result.Attributes as SubmissionRecord;
  }
}
