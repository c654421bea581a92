import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LessonProgress } from '@lessonstage/shared';

interface ProgressItem extends LessonProgress {
  readonly userId: string;
  readonly lessonKey: string;
  readonly courseId: string;
}

export interface SavedProgress {
  readonly progress: LessonProgress;
  readonly completedChange: -1 | 0 | 1;
}

/** Resume position and completion per (user, lesson), keyed `courseId#lessonId` so one Query reads a course. */
export class ProgressRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Stores the resume position. Completion is sticky: a save that does not mention it keeps what
   * was stored, so a position update after the end never un-completes a lesson. `completedChange`
   * says whether this very write flipped completion (+1 / -1): the write is atomic and returns the
   * item as it was, so of two concurrent saves only one sees the flip.
   */
  async save(userId: string, courseId: string, lessonId: string, positionSec: number, completed?: boolean): Promise<SavedProgress> {
    const updatedAt = new Date().toISOString();
    const result = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId, lessonKey: `${courseId}#${lessonId}` },
        UpdateExpression:
          completed === undefined
            ? 'SET courseId = :course, lessonId = :lesson, positionSec = :position, updatedAt = :now, completed = if_not_exists(completed, :false)'
            : 'SET courseId = :course, lessonId = :lesson, positionSec = :position, updatedAt = :now, completed = :completed',
        ExpressionAttributeValues: {
          ':course': courseId,
          ':lesson': lessonId,
          ':position': positionSec,
          ':now': updatedAt,
          ...(completed === undefined ? { ':false': false } : { ':completed': completed }),
        },
        ReturnValues: 'ALL_OLD',
      }),
    );
    const was = (result.Attributes as ProgressItem | undefined)?.completed ?? false;
    const now = completed ?? was;
    return { progress: { lessonId, positionSec, completed: now, updatedAt }, completedChange: now === was ? 0 : now ? 1 : -1 };
  }

  /** Every lesson the user has progress in, grouped by course (one paged Query). */
  async forUser(userId: string): Promise<Map<string, LessonProgress[]>> {
    const byCourse = new Map<string, LessonProgress[]>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'userId = :user', ExpressionAttributeValues: { ':user': userId }, ExclusiveStartKey: start }),
      );
      for (const { courseId, lessonId, positionSec, completed, updatedAt } of (page.Items ?? []) as ProgressItem[]) {
        byCourse.set(courseId, [...(byCourse.get(courseId) ?? []), { lessonId, positionSec, completed, updatedAt }]);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return byCourse;
  }

  /** Strongly consistent: of two lessons completed at once, the later read sees both (the certificate). */
  async forCourse(userId: string, courseId: string): Promise<LessonProgress[]> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        ConsistentRead: true,
        KeyConditionExpression: 'userId = :user AND begins_with(lessonKey, :prefix)',
        ExpressionAttributeValues: { ':user': userId, ':prefix': `${courseId}#` },
      }),
    );
    return ((result.Items ?? []) as ProgressItem[]).map(({ lessonId, positionSec, completed, updatedAt }) => ({ lessonId, positionSec, completed, updatedAt }));
  }
}
