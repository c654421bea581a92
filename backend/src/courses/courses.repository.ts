import { BatchGetCommand, type BatchGetCommandOutput, DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { TtlCache } from '../lib/cache/ttl-cache';
import { COURSES_TABLE } from '../lib/db/table-definitions';
import { ConflictError } from '../lib/http/http-errors';
import { ALL_COURSES_PARTITION, courseIndexKeys, courseItem, PUBLISHED_PARTITION, type CourseRecord, type LessonStreamRecord } from './course.record';
import { courseUpdate } from './course-update';
import type { CatalogCursor, ListCursor } from './index-cursor';
import type { Instrument, Level } from '@lessonstage/shared';

const [CATALOG_INDEX, LIST_INDEX] = COURSES_TABLE.globalIndexes.map((index) => index.indexName) as [string, string];

/** What a visitor narrows the catalog to; no field, no narrowing. */
export interface CatalogFilter {
  readonly instrument?: Instrument;
  readonly level?: Level;
}

/** Index items evaluated per Query while filtering: a filtered page may need several. */
const FILTER_READ_CHUNK = 100;

export interface Page<C> {
  readonly items: CourseRecord[];
  readonly next: C | null;
}

export class CoursesRepository {
  /**
   * The public catalog's reads (pages and published courses) are kept `catalogCacheMs`: every
   * visitor sees the same data, so most reads need no DynamoDB call (see TtlCache: a stale copy
   * is served while it refreshes). This instance's writes clear them at once; another process's
   * writes (another Lambda function) show within twice the TTL.
   */
  private readonly catalogPages: TtlCache<Page<CatalogCursor>>;
  private readonly publishedCourses: TtlCache<CourseRecord | undefined>;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    catalogCacheMs = 0,
  ) {
    this.catalogPages = new TtlCache(catalogCacheMs);
    this.publishedCourses = new TtlCache(catalogCacheMs);
  }

  private changed(): void {
    this.catalogPages.clear();
    this.publishedCourses.clear();
  }

  /** Writes the course only if no course has its id; false when one exists (a lost race is no error). */
  async createIfAbsent(course: CourseRecord): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({ TableName: this.tableName, Item: courseItem(course), ConditionExpression: 'attribute_not_exists(courseId)' }),
      );
      this.changed();
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /**
   * Replaces the course if it is still at `expectedVersion` (one conditional write, so two
   * editors cannot silently overwrite each other); the stored copy gets the next version. An
   * UpdateItem of the course's own attributes, not a Put: the rating the reviews `ADD` to the same
   * item is neither wiped nor put back from the editor's older read.
   */
  async replace(course: CourseRecord, expectedVersion: number): Promise<CourseRecord> {
    let next: CourseRecord = { ...course, version: expectedVersion + 1, updatedAt: new Date().toISOString() };
    for (let attempt = 0; ; attempt++) {
      if (await this.putIfUnchanged(next, expectedVersion)) {
        this.changed();
        return next;
      }
      // Either someone else saved (a conflict for the editor) or only a transcode pointed a lesson
      // at its stream since `course` was read: then keep that stream and write again.
      const stored = await this.getConsistent(course.courseId);
      if (!stored || (stored.version ?? 0) !== expectedVersion || attempt >= 4) {
        throw new ConflictError('The course was changed by someone else; reload it and try again', 'VersionConflict');
      }
      next = withStoredStreams(next, stored);
    }
  }

  /** One conditional update: the course is still at `expectedVersion` and no stream was written since it was read. */
  private async putIfUnchanged(next: CourseRecord, expectedVersion: number): Promise<boolean> {
    const versionCheck = expectedVersion === 0 ? 'attribute_exists(courseId) AND (attribute_not_exists(#v) OR #v = :v)' : '#v = :v';
    const streamsCheck = next.streamsVersion ? '#sv = :sv' : 'attribute_not_exists(#sv)';
    const update = courseUpdate(courseItem(next));
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { courseId: next.courseId },
          ...update,
          ConditionExpression: `${versionCheck} AND ${streamsCheck}`,
          ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#v': 'version', '#sv': 'streamsVersion' },
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':v': expectedVersion, ...(next.streamsVersion ? { ':sv': next.streamsVersion } : {}) },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private async getConsistent(courseId: string): Promise<CourseRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { courseId }, ConsistentRead: true }));
    return result.Item as CourseRecord | undefined;
  }

  /**
   * Adds one review's change to the course's rating, once: `opId` is recorded on the item with it,
   * and a repeat of the same op adds nothing. False when the op was already applied or the course
   * is gone. Clears the catalog cache like any course write.
   */
  async addToRating(courseId: string, opId: string, sumDelta: number, countDelta: number): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { courseId },
          UpdateExpression: 'ADD ratingSum :sum, ratingCount :count, ratingOps :op',
          ConditionExpression: 'attribute_exists(courseId) AND NOT contains(ratingOps, :opId)',
          ExpressionAttributeValues: { ':sum': sumDelta, ':count': countDelta, ':op': new Set([opId]), ':opId': opId },
        }),
      );
      this.changed();
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Drops an applied op's marker (kept only while the review that made it may still be replayed). */
  async forgetRatingOp(courseId: string, opId: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { courseId },
          UpdateExpression: 'DELETE ratingOps :op',
          ConditionExpression: 'attribute_exists(courseId)',
          ExpressionAttributeValues: { ':op': new Set([opId]) },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * Points a lesson at its ready stream while the lesson still holds the video `sourceKey` came
   * from. Written in place (the lesson's own path, conditional on its id and video) without a new
   * version, so a teacher editing the course meanwhile gets no conflict (and bumping
   * streamsVersion, so a save read before this write keeps the stream: replace). False when the
   * lesson is gone or has another video now.
   */
  async setLessonStream(courseId: string, lessonId: string, sourceKey: string, stream: LessonStreamRecord): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const course = await this.getConsistent(courseId);
      const sectionIndex = course?.sections.findIndex((s) => s.lessons.some((l) => l.lessonId === lessonId)) ?? -1;
      const lessonIndex = sectionIndex < 0 ? -1 : course!.sections[sectionIndex]!.lessons.findIndex((l) => l.lessonId === lessonId);
      if (lessonIndex < 0 || course!.sections[sectionIndex]!.lessons[lessonIndex]!.video?.key !== sourceKey) return false;
      const path = `sections[${sectionIndex}].lessons[${lessonIndex}]`;
      try {
        await this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { courseId },
            // streamsVersion tells a whole-course write read before this one to keep the stream (replace).
            UpdateExpression: `SET ${path}.#stream = :stream ADD streamsVersion :one`,
            ConditionExpression: `${path}.lessonId = :lessonId AND ${path}.video.#key = :sourceKey`,
            ExpressionAttributeNames: { '#stream': 'stream', '#key': 'key' },
            ExpressionAttributeValues: { ':stream': stream, ':lessonId': lessonId, ':sourceKey': sourceKey, ':one': 1 },
          }),
        );
        this.changed();
        return true;
      } catch (error) {
        // The outline moved between the read and the write: read it again.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    return false;
  }

  /**
   * Names the course's teacher where it has none (a course seeded before teachers were recorded),
   * touching no other attribute and not the version, so nothing an admin edited is overwritten
   * and an open editor gets no conflict. False when the course is gone or already has a teacher.
   */
  async setTeacherIfAbsent(courseId: string, teacherId: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { courseId },
          UpdateExpression: 'SET teacherId = :teacherId',
          ConditionExpression: 'attribute_exists(courseId) AND attribute_not_exists(teacherId)',
          ExpressionAttributeValues: { ':teacherId': teacherId },
        }),
      );
      this.changed();
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

  /** A course as the public catalog shows it: drafts are as absent as unknown ids. */
  getPublished(courseId: string): Promise<CourseRecord | undefined> {
    return this.publishedCourses.read(courseId, async () => {
      const course = await this.get(courseId);
      return course?.status === 'published' ? course : undefined;
    });
  }

  /** Several courses by id in BatchGetItem calls of 100 (DynamoDB's limit), retrying what it leaves unprocessed. */
  async getMany(courseIds: readonly string[]): Promise<CourseRecord[]> {
    const found: CourseRecord[] = [];
    const unique = [...new Set(courseIds)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((courseId) => ({ courseId }));
      for (let attempt = 0; keys?.length; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
        const result: BatchGetCommandOutput = await this.db.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } } }));
        found.push(...((result.Responses?.[this.tableName] ?? []) as CourseRecord[]));
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return found;
  }

  async delete(courseId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { courseId } }));
    this.changed();
  }

  /**
   * One page of published courses, newest first, read from the catalog index (never a Scan);
   * with a filter, the same Query filtered (see docs/decisions.md), cached the same way.
   */
  listPublished(limit: number, after?: CatalogCursor, filter: CatalogFilter = {}): Promise<Page<CatalogCursor>> {
    const key = `${limit}:${filter.instrument ?? ''}:${filter.level ?? ''}:${JSON.stringify(after ?? null)}`;
    return this.catalogPages.read(key, () =>
      filter.instrument || filter.level
        ? this.queryFilteredCatalog(limit, after, filter)
        : this.queryPage(CATALOG_INDEX, 'catalogPartition', PUBLISHED_PARTITION, limit, after, catalogCursorOf),
    );
  }

  /**
   * Reads the catalog index in chunks, keeping the matching courses, until one more than a page
   * matched or the index ends; the cursor is the last course returned, so the next page resumes
   * right after it.
   */
  private async queryFilteredCatalog(limit: number, after: CatalogCursor | undefined, filter: CatalogFilter): Promise<Page<CatalogCursor>> {
    const conditions = [filter.instrument && 'instrument = :instrument', filter.level && '#level = :level'].filter(Boolean);
    const matches: CourseRecord[] = [];
    let start: Record<string, unknown> | undefined = after;
    do {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: CATALOG_INDEX,
          KeyConditionExpression: 'catalogPartition = :p',
          FilterExpression: conditions.join(' AND '),
          ...(filter.level ? { ExpressionAttributeNames: { '#level': 'level' } } : {}),
          ExpressionAttributeValues: {
            ':p': PUBLISHED_PARTITION,
            ...(filter.instrument ? { ':instrument': filter.instrument } : {}),
            ...(filter.level ? { ':level': filter.level } : {}),
          },
          ScanIndexForward: false,
          Limit: FILTER_READ_CHUNK,
          ExclusiveStartKey: start,
        }),
      );
      matches.push(...((result.Items ?? []) as CourseRecord[]));
      start = result.LastEvaluatedKey;
    } while (start && matches.length <= limit);
    const items = matches.slice(0, limit);
    const last = items.at(-1);
    return { items, next: (matches.length > limit || start !== undefined) && last ? catalogCursorOf(last) : null };
  }

  /** One page of all courses, drafts included, newest first (admin). */
  listAll(limit: number, after?: ListCursor): Promise<Page<ListCursor>> {
    return this.queryPage(LIST_INDEX, 'listPartition', ALL_COURSES_PARTITION, limit, after, (last) => ({
      courseId: last.courseId,
      listPartition: ALL_COURSES_PARTITION,
      listSortKey: courseIndexKeys(last).listSortKey,
    }));
  }

  /**
   * Reads one item more than asked so that the last page says so (next = null) instead of
   * handing out a cursor to an empty page.
   */
  private async queryPage<C extends object>(
    indexName: string,
    partitionAttribute: string,
    partition: string,
    limit: number,
    after: C | undefined,
    cursorOf: (last: CourseRecord) => C,
  ): Promise<Page<C>> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexName,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': partitionAttribute },
        ExpressionAttributeValues: { ':p': partition },
        ScanIndexForward: false,
        Limit: limit + 1,
        ExclusiveStartKey: after as Record<string, unknown> | undefined,
      }),
    );
    const rows = (result.Items ?? []) as CourseRecord[];
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    // A short read with a LastEvaluatedKey means DynamoDB stopped at its 1 MB page size.
    const hasMore = rows.length > limit || result.LastEvaluatedKey !== undefined;
    return { items, next: hasMore && last ? cursorOf(last) : null };
  }
}

function catalogCursorOf(last: CourseRecord): CatalogCursor {
  return { courseId: last.courseId, catalogPartition: PUBLISHED_PARTITION, catalogSortKey: courseIndexKeys(last).catalogSortKey! };
}

/**
 * `next` with the streams `stored` has for lessons that still hold the same video (a stream
 * follows its video: a lesson whose video was replaced or removed in `next` gets none back).
 */
function withStoredStreams(next: CourseRecord, stored: CourseRecord): CourseRecord {
  const storedLessons = new Map(stored.sections.flatMap((s) => s.lessons).map((l) => [l.lessonId, l]));
  const sections = next.sections.map((section) => ({
    ...section,
    lessons: section.lessons.map((lesson) => {
      const before = storedLessons.get(lesson.lessonId);
      return before?.stream && lesson.video && before.video?.key === lesson.video.key ? { ...lesson, stream: before.stream } : lesson;
    }),
  }));
  return { ...next, sections, streamsVersion: stored.streamsVersion };
}
