import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENROLLMENTS_TABLE } from '../lib/db/table-definitions';
import type { CourseCopy } from './course-copy';
import type { EnrollmentRecord } from './enrollment.record';

/** Where the next page of a student's enrollments starts (the student is the caller, never the cursor). */
export interface EnrollmentPosition {
  readonly courseId: string;
  readonly grantedAt: string;
}

export interface EnrollmentPage {
  readonly items: EnrollmentRecord[];
  readonly next: EnrollmentPosition | null;
}

const BY_COURSE_INDEX = ENROLLMENTS_TABLE.globalIndexes[0].indexName;
const NEWEST_FIRST_INDEX = ENROLLMENTS_TABLE.globalIndexes[1].indexName;
/** Only enrollments the student may use and whose course still exists are listed. */
const LISTED = { FilterExpression: '#status = :active AND attribute_not_exists(courseRemoved)', ExpressionAttributeNames: { '#status': 'status' } } as const;
/** Enrollment writes in flight at once while a course save refreshes its enrollments' copies. */
const FAN_OUT_CONCURRENCY = 10;

/** What a course save sends to each of its enrollments. */
export type CopyRefresh = { readonly copy: CourseCopy; readonly version: number; readonly recount: boolean } | 'removed';

function lostRace(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}

/**
 * Enrollments change only through single-item conditional writes (DynamoDB transactions are not
 * needed, and the local server has none): each write states the one prior state it may replace.
 */
export class EnrollmentsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: string, courseId: string): Promise<EnrollmentRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, courseId }, ConsistentRead: true }));
    return result.Item as EnrollmentRecord | undefined;
  }

  async isActive(userId: string, courseId: string): Promise<boolean> {
    return (await this.get(userId, courseId))?.status === 'active';
  }

  /**
   * Activates the enrollment for `paymentId`. Allowed from: nothing yet, or an enrollment revoked
   * for another (earlier) payment. A repeat for the same active payment is a no-op; an enrollment
   * revoked for this very payment stays revoked. Returns whether this call switched it on.
   */
  async grant(userId: string, courseId: string, paymentId: string): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { userId, courseId, status: 'active', paymentId, grantedAt: new Date().toISOString() } satisfies EnrollmentRecord,
          ConditionExpression: 'attribute_not_exists(userId) OR (#status = :revoked AND paymentId <> :payment)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':revoked': 'revoked', ':payment': paymentId },
        }),
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  /**
   * Revokes the enrollment granted by `paymentId`, or records a revoked tombstone when that
   * payment's grant has not arrived yet (events out of order); an enrollment that another
   * payment granted is left alone. Returns whether this call revoked an active enrollment.
   */
  async revoke(userId: string, courseId: string, paymentId: string): Promise<boolean> {
    const before = await this.get(userId, courseId);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            userId,
            courseId,
            status: 'revoked',
            paymentId,
            grantedAt: before?.grantedAt ?? new Date().toISOString(),
            revokedAt: new Date().toISOString(),
          } satisfies EnrollmentRecord,
          ConditionExpression: 'attribute_not_exists(userId) OR paymentId = :payment',
          ExpressionAttributeValues: { ':payment': paymentId },
        }),
      );
      return before?.status === 'active' && before.paymentId === paymentId;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  /**
   * One page of the student's active enrollments, newest grant first, from the `byUserGrantedAt`
   * index. Revoked and removed ones are filtered out after DynamoDB's Limit, so a short read is
   * followed by another until one more than a page matched (then there is a next page) or the
   * index ends.
   */
  async pageForUser(userId: string, limit: number, after?: EnrollmentPosition): Promise<EnrollmentPage> {
    const matches: EnrollmentRecord[] = [];
    let start: Record<string, unknown> | undefined = after ? { userId, courseId: after.courseId, grantedAt: after.grantedAt } : undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: NEWEST_FIRST_INDEX,
          KeyConditionExpression: 'userId = :user',
          ...LISTED,
          ExpressionAttributeValues: { ':user': userId, ':active': 'active' },
          ScanIndexForward: false,
          Limit: limit + 1 - matches.length,
          ExclusiveStartKey: start,
        }),
      );
      matches.push(...((page.Items ?? []) as EnrollmentRecord[]));
      start = page.LastEvaluatedKey;
    } while (start && matches.length <= limit);
    const items = matches.slice(0, limit);
    const last = items.at(-1);
    return { items, next: matches.length > limit && last ? { courseId: last.courseId, grantedAt: last.grantedAt } : null };
  }

  /** The ids of every course the student is actively enrolled in: the base table, three small attributes an item. */
  async activeCourseIds(userId: string): Promise<string[]> {
    const courseIds: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'userId = :user',
          ...LISTED,
          ExpressionAttributeValues: { ':user': userId, ':active': 'active' },
          ProjectionExpression: 'courseId',
          ExclusiveStartKey: start,
        }),
      );
      courseIds.push(...((page.Items ?? []) as Pick<EnrollmentRecord, 'courseId'>[]).map((item) => item.courseId));
      start = page.LastEvaluatedKey;
    } while (start);
    return courseIds;
  }

  /**
   * +1 when a lesson became complete, -1 when it stopped being. Only a counter that exists is
   * moved: before the first count (made by a read, see my-courses.ts) there is nothing to move.
   */
  async adjustCompletedLessons(userId: string, courseId: string, delta: 1 | -1): Promise<void> {
    await this.updateIfMatched({
      Key: { userId, courseId },
      UpdateExpression: 'ADD completedLessons :delta',
      ConditionExpression: 'attribute_exists(completedLessons)',
      ExpressionAttributeValues: { ':delta': delta },
    });
  }

  /** Stores the copy and count a read made for an enrollment that had none; a newer copy or a count made meanwhile wins. */
  async saveCourseCopy(userId: string, copy: CourseCopy, version: number, completedLessons: number): Promise<void> {
    await this.updateIfMatched({
      Key: { userId, courseId: copy.courseId },
      UpdateExpression: 'SET courseCopy = :copy, copyVersion = :version, completedLessons = :done',
      ConditionExpression: 'attribute_exists(userId) AND attribute_not_exists(completedLessons) AND (attribute_not_exists(copyVersion) OR copyVersion <= :version)',
      ExpressionAttributeValues: { ':copy': copy, ':version': version, ':done': completedLessons },
    });
  }

  async markCourseRemoved(userId: string, courseId: string): Promise<void> {
    await this.updateIfMatched({
      Key: { userId, courseId },
      UpdateExpression: 'SET courseRemoved = :true',
      ConditionExpression: 'attribute_exists(userId)',
      ExpressionAttributeValues: { ':true': true },
    });
  }

  /**
   * Writes a course's new copy onto every enrollment of it (the byCourse index, paged), a few at a
   * time; `recount` drops the counters so each student's next read counts again.
   */
  async refreshCourseCopies(courseId: string, refresh: CopyRefresh): Promise<void> {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: BY_COURSE_INDEX,
          KeyConditionExpression: 'courseId = :course',
          ExpressionAttributeValues: { ':course': courseId },
          ProjectionExpression: 'userId',
          ExclusiveStartKey: start,
        }),
      );
      const userIds = ((page.Items ?? []) as Pick<EnrollmentRecord, 'userId'>[]).map((item) => item.userId);
      for (let i = 0; i < userIds.length; i += FAN_OUT_CONCURRENCY) {
        await Promise.all(userIds.slice(i, i + FAN_OUT_CONCURRENCY).map((userId) => this.refreshOne(userId, courseId, refresh)));
      }
      start = page.LastEvaluatedKey;
    } while (start);
  }

  private refreshOne(userId: string, courseId: string, refresh: CopyRefresh): Promise<void> {
    if (refresh === 'removed') return this.markCourseRemoved(userId, courseId);
    return this.updateIfMatched({
      Key: { userId, courseId },
      UpdateExpression: `SET courseCopy = :copy, copyVersion = :version${refresh.recount ? ' REMOVE completedLessons' : ''}`,
      ConditionExpression: 'attribute_exists(userId) AND (attribute_not_exists(copyVersion) OR copyVersion <= :version)',
      ExpressionAttributeValues: { ':copy': refresh.copy, ':version': refresh.version },
    });
  }

  /** An UpdateItem whose condition failing means "someone else's write already decided": not an error. */
  private async updateIfMatched(input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>): Promise<void> {
    try {
      await this.db.send(new UpdateCommand({ TableName: this.tableName, ...input }));
    } catch (error) {
      if (!lostRace(error)) throw error;
    }
  }
}
