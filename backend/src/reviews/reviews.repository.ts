import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { REVIEWS_TABLE } from '../lib/db/table-definitions';
import { listKeyOf, type PendingRatingChange, type ReviewRecord, type ReviewReplyRecord } from './review.record';

const NEWEST_INDEX = REVIEWS_TABLE.globalIndexes[0].indexName;

/** What a student writes into their review (the rest is kept). */
export interface ReviewEdit {
  readonly userId: string;
  readonly rating: number;
  readonly text: string;
  readonly reviewerName: string;
}

/** Where the next page of a course's reviews starts (the course comes from the path). */
export interface ReviewPosition {
  readonly reviewId: string;
  readonly listKey: string;
}

export interface ReviewPage {
  readonly items: ReviewRecord[];
  readonly next: ReviewPosition | null;
}

export type Claim = ReviewRecord | 'busy' | 'absent';

function lostRace(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}

/**
 * Reviews change through single-item conditional writes. The counted state (`countedRating`,
 * `listKey`, `pending`) moves only under the review's lease (see review-counting.ts).
 */
export class ReviewsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(courseId: string, reviewId: string): Promise<ReviewRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { courseId, reviewId }, ConsistentRead: true }));
    return result.Item as ReviewRecord | undefined;
  }

  /**
   * Takes the review's lease (free, or lapsed: its holder is gone) and, with `edit`, writes the
   * student's stars and text in the same UpdateItem, creating the review if new. Returns the
   * review as now stored, 'busy' while another holds the lease, 'absent' (without `edit`) when
   * there is no review.
   */
  async claim(courseId: string, reviewId: string, owner: string, now: number, leaseMs: number, edit?: ReviewEdit): Promise<Claim> {
    const at = new Date(now).toISOString();
    const fields = edit
      ? ', userId = :userId, rating = :rating, #text = :text, reviewerName = :name, updatedAt = :at, createdAt = if_not_exists(createdAt, :at)'
      : '';
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { courseId, reviewId },
          UpdateExpression: `SET leaseOwner = :owner, leaseUntil = :until${fields}`,
          ConditionExpression: `${edit ? '' : 'attribute_exists(reviewId) AND '}(attribute_not_exists(leaseUntil) OR leaseUntil < :now)`,
          ...(edit ? { ExpressionAttributeNames: { '#text': 'text' } } : {}),
          ExpressionAttributeValues: {
            ':owner': owner,
            ':until': now + leaseMs,
            ':now': now,
            ...(edit ? { ':userId': edit.userId, ':rating': edit.rating, ':text': edit.text, ':name': edit.reviewerName, ':at': at } : {}),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return result.Attributes as ReviewRecord;
    } catch (error) {
      if (!lostRace(error)) throw error;
      return edit || (await this.get(courseId, reviewId)) ? 'busy' : 'absent';
    }
  }

  /** Records the change this lease holder is about to apply; false when the lease is no longer its. */
  async setPending(review: ReviewRecord, owner: string, pending: PendingRatingChange): Promise<boolean> {
    return this.fenced(review, owner, 'SET pending = :pending', { ':pending': pending });
  }

  /**
   * Marks the review counted as `target` (null: not counted, out of the public list), clears the
   * pending change and, with `release`, the lease. False when the lease is no longer `owner`'s.
   */
  async settle(review: ReviewRecord, owner: string, target: number | null, release: boolean, doneOp?: string): Promise<boolean> {
    const lease = release ? ', leaseOwner, leaseUntil' : '';
    const done = doneOp ? { set: 'doneOp = :done', values: { ':done': doneOp } } : { set: '', values: {} };
    if (target === null) {
      return this.fenced(review, owner, `${done.set ? `SET ${done.set} ` : ''}REMOVE countedRating, listKey, pending${lease}`, done.values);
    }
    return this.fenced(review, owner, `SET countedRating = :rating, listKey = :listKey${done.set ? `, ${done.set}` : ''} REMOVE pending${lease}`, {
      ...done.values,
      ':rating': target,
      ':listKey': listKeyOf(review),
    });
  }

  /** Forgets `doneOp` once its marker is off the course item (unless a later change replaced it). */
  async clearDoneOp(review: ReviewRecord, doneOp: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { courseId: review.courseId, reviewId: review.reviewId },
          UpdateExpression: 'REMOVE doneOp',
          ConditionExpression: 'doneOp = :done',
          ExpressionAttributeValues: { ':done': doneOp },
        }),
      );
    } catch (error) {
      if (!lostRace(error)) throw error;
    }
  }

  private async fenced(review: ReviewRecord, owner: string, update: string, values: Record<string, unknown>): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { courseId: review.courseId, reviewId: review.reviewId },
          UpdateExpression: update,
          ConditionExpression: 'leaseOwner = :owner',
          ExpressionAttributeValues: { ...values, ':owner': owner },
        }),
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  /** The teacher's answer, once: false when the review already has one; undefined when there is no review. */
  async reply(courseId: string, reviewId: string, reply: ReviewReplyRecord): Promise<ReviewRecord | false | undefined> {
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { courseId, reviewId },
          UpdateExpression: 'SET reply = :reply',
          ConditionExpression: 'attribute_exists(reviewId) AND attribute_not_exists(reply)',
          ExpressionAttributeValues: { ':reply': reply },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return result.Attributes as ReviewRecord;
    } catch (error) {
      if (!lostRace(error)) throw error;
      return (await this.get(courseId, reviewId)) ? false : undefined;
    }
  }

  /** One page of the course's counted reviews, newest first: one Query on the sparse index. */
  async pageForCourse(courseId: string, limit: number, after?: ReviewPosition): Promise<ReviewPage> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: NEWEST_INDEX,
        KeyConditionExpression: 'courseId = :course',
        ExpressionAttributeValues: { ':course': courseId },
        ScanIndexForward: false,
        Limit: limit + 1,
        ExclusiveStartKey: after ? { courseId, reviewId: after.reviewId, listKey: after.listKey } : undefined,
      }),
    );
    const rows = (result.Items ?? []) as ReviewRecord[];
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const hasMore = rows.length > limit || result.LastEvaluatedKey !== undefined;
    return { items, next: hasMore && last?.listKey ? { reviewId: last.reviewId, listKey: last.listKey } : null };
  }
}
