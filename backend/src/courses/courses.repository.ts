import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { COURSES_TABLE } from '../lib/db/table-definitions';
import type { CatalogCursor } from './catalog-cursor';
import { catalogKeys, PUBLISHED_PARTITION, type CourseRecord } from './course.record';

const CATALOG_INDEX = COURSES_TABLE.globalIndexes[0].indexName;

export interface CatalogPage {
  readonly items: CourseRecord[];
  readonly next: CatalogCursor | null;
}

export class CoursesRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Creates or replaces a course, keeping its catalog keys in step with its status. */
  async save(course: CourseRecord): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...course, ...catalogKeys(course) } }));
  }

  /** Writes the course only if no course has its id; false when one exists (a lost race is no error). */
  async createIfAbsent(course: CourseRecord): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...course, ...catalogKeys(course) },
          ConditionExpression: 'attribute_not_exists(courseId)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async get(courseId: string): Promise<CourseRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { courseId } }));
    return result.Item as CourseRecord | undefined;
  }

  /**
   * One page of published courses, newest first, read from the catalog index (never a Scan).
   * Reads one item more than asked so that the last page says so (next = null) instead of
   * handing out a cursor to an empty page.
   */
  async listPublished(limit: number, after?: CatalogCursor): Promise<CatalogPage> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: CATALOG_INDEX,
        KeyConditionExpression: 'catalogPartition = :published',
        ExpressionAttributeValues: { ':published': PUBLISHED_PARTITION },
        ScanIndexForward: false,
        Limit: limit + 1,
        ExclusiveStartKey: after,
      }),
    );
    const rows = (result.Items ?? []) as CourseRecord[];
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    // A short read with a LastEvaluatedKey means DynamoDB stopped at its 1 MB page size.
    const hasMore = rows.length > limit || result.LastEvaluatedKey !== undefined;
    const next: CatalogCursor | null =
      hasMore && last
        ? { courseId: last.courseId, catalogPartition: PUBLISHED_PARTITION, catalogSortKey: catalogKeys(last).catalogSortKey! }
        : null;
    return { items, next };
  }
}
