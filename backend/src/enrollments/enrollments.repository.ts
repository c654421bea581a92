import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EnrollmentRecord } from './enrollment.record';

export class EnrollmentsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: string, courseId: string): Promise<EnrollmentRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, courseId } }));
    return result.Item as EnrollmentRecord | undefined;
  }

  async isActive(userId: string, courseId: string): Promise<boolean> {
    return (await this.get(userId, courseId))?.status === 'active';
  }

  /** Stores an enrollment as given (tests and seeding; purchases go through the payments domain). */
  async put(enrollment: EnrollmentRecord): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: enrollment }));
  }
}
