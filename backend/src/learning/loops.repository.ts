import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOOPS_TABLE } from '../lib/db/table-definitions';
import { lessonKeyOf, type LoopRecord } from './loop.record';

const [BY_LESSON] = LOOPS_TABLE.globalIndexes.map((index) => index.indexName) as [string];

/** Saved loops: by id under their owner (so another user's id is simply not found), listed per lesson. */
export class LoopsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: string, loopId: string): Promise<LoopRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, loopId } }));
    return result.Item as LoopRecord | undefined;
  }

  async put(loop: LoopRecord): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: loop }));
  }

  async delete(userId: string, loopId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { userId, loopId } }));
  }

  /** One lesson's loops, oldest first (a lesson holds at most a few hundred: one or two pages). */
  async listForLesson(userId: string, courseId: string, lessonId: string): Promise<LoopRecord[]> {
    const items: LoopRecord[] = [];
    for await (const page of this.lessonPages(userId, courseId, lessonId)) items.push(...((page.Items ?? []) as LoopRecord[]));
    return items;
  }

  async countForLesson(userId: string, courseId: string, lessonId: string): Promise<number> {
    let count = 0;
    for await (const page of this.lessonPages(userId, courseId, lessonId, 'COUNT')) count += page.Count ?? 0;
    return count;
  }

  private async *lessonPages(userId: string, courseId: string, lessonId: string, select?: 'COUNT') {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: BY_LESSON,
          KeyConditionExpression: 'lessonKey = :key',
          ExpressionAttributeValues: { ':key': lessonKeyOf(userId, courseId, lessonId) },
          Select: select,
          ExclusiveStartKey: start,
        }),
      );
      yield page;
      start = page.LastEvaluatedKey;
    } while (start);
  }
}
