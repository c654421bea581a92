import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EnrollmentRecord } from './enrollment.record';

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

  async listForUser(userId: string): Promise<EnrollmentRecord[]> {
    const items: EnrollmentRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'userId = :user',
          ExpressionAttributeValues: { ':user': userId },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...((page.Items ?? []) as EnrollmentRecord[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
