import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COURSES_TABLE } from '../lib/db/table-definitions';
import { courseFixture } from '../testing/course-fixtures';
import { putCourse, type FixtureTable } from '../testing/fixture-writes';
import { startTestDynamoDb, type TestDynamoDb } from '../testing/test-dynamodb';
import type { CatalogCursor } from './index-cursor';
import { CoursesRepository } from './courses.repository';

describe('CoursesRepository against dynalite', () => {
  let db: TestDynamoDb;
  let repo: CoursesRepository;
  let table: FixtureTable;

  beforeAll(async () => {
    db = await startTestDynamoDb();
    repo = new CoursesRepository(db.doc, COURSES_TABLE.localName);
    table = { doc: db.doc, tableName: COURSES_TABLE.localName };
    for (let i = 0; i < 250; i += 25) {
      await Promise.all(Array.from({ length: 25 }, (_, j) => putCourse(table, courseFixture(i + j))));
    }
    await putCourse(table, courseFixture(9000, { courseId: 'a-draft', status: 'draft', publishedAt: undefined }));
  });

  afterAll(() => db.close());

  it('walks 250 published courses in pages of 20, each exactly once, newest first', async () => {
    const seen: string[] = [];
    let cursor: CatalogCursor | undefined;
    let pages = 0;
    do {
      const page = await repo.listPublished(20, cursor);
      pages += 1;
      expect(page.items.length).toBeLessThanOrEqual(20);
      seen.push(...page.items.map((c) => c.courseId));
      cursor = page.next ?? undefined;
    } while (cursor && pages < 100);

    expect(pages).toBe(13); // 12 full pages and one of 10: no trailing empty page
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen[0]).toBe('course-0249');
    expect(seen.at(-1)).toBe('course-0000');
    expect(seen).not.toContain('a-draft');
  });

  it('says there is no next page when the last page is exactly full', async () => {
    const first = await repo.listPublished(240);
    const last = await repo.listPublished(10, first.next!);
    expect(last.items).toHaveLength(10);
    expect(last.next).toBeNull();
  });

  it('removes a course from the catalog when it goes back to draft', async () => {
    const course = courseFixture(5000, { courseId: 'flip-flop' });
    await repo.createIfAbsent(course);
    expect((await repo.listPublished(1)).items[0]?.courseId).toBe('flip-flop');
    await repo.replace({ ...course, status: 'draft' }, 1);
    expect((await repo.listPublished(1)).items[0]?.courseId).not.toBe('flip-flop');
    expect((await repo.get('flip-flop'))?.status).toBe('draft');
  });

  it("keeps the reviews' rating through a course save made from an older read, and drops a cleared field", async () => {
    const course = courseFixture(5001, { courseId: 'rated', teacherBio: 'Bio' });
    await repo.createIfAbsent(course);
    const editorsRead = (await repo.get('rated'))!;
    expect(await repo.addToRating('rated', 'op-1', 4, 1)).toBe(true);
    expect(await repo.addToRating('rated', 'op-1', 4, 1)).toBe(false);
    await repo.forgetRatingOp('rated', 'op-1');
    expect(await repo.addToRating('rated', 'op-2', 5, 1)).toBe(true);
    // The editor's read carries no rating (or an older one): the save must not write it back.
    await repo.replace({ ...editorsRead, title: 'Renamed', teacherBio: undefined, ratingSum: 1, ratingCount: 1 }, 1);
    const stored = (await repo.get('rated'))!;
    expect(stored).toMatchObject({ title: 'Renamed', version: 2, ratingSum: 9, ratingCount: 2 });
    expect(stored.teacherBio).toBeUndefined();
    await expect(repo.replace(editorsRead, 1)).rejects.toMatchObject({ status: 409 });
  });

  it('shows a rating change in its own cached catalog at once', async () => {
    const cached = new CoursesRepository(db.doc, COURSES_TABLE.localName, 60_000);
    await cached.createIfAbsent(courseFixture(9500, { courseId: 'rated-cached' }));
    expect((await cached.listPublished(1)).items[0]).toMatchObject({ courseId: 'rated-cached' });
    await cached.addToRating('rated-cached', 'op-c', 3, 1);
    expect((await cached.listPublished(1)).items[0]).toMatchObject({ courseId: 'rated-cached', ratingSum: 3, ratingCount: 1 });
    expect(await cached.getPublished('rated-cached')).toMatchObject({ ratingSum: 3, ratingCount: 1 });
    await cached.delete('rated-cached');
  });

  it('createIfAbsent writes once and reports a second attempt as not created', async () => {
    const course = courseFixture(7000, { courseId: 'only-once', title: 'First' });
    expect(await repo.createIfAbsent(course)).toBe(true);
    expect(await repo.createIfAbsent({ ...course, title: 'Second' })).toBe(false);
    expect((await repo.get('only-once'))?.title).toBe('First');
  });

  it('keeps catalog reads for its TTL, and forgets them on its own writes', async () => {
    const cached = new CoursesRepository(db.doc, COURSES_TABLE.localName, 60_000);
    const elsewhere = new CoursesRepository(db.doc, COURSES_TABLE.localName);
    const first = await cached.listPublished(5);
    expect(await cached.getPublished('a-draft')).toBeUndefined();

    // Another process (another Lambda function) publishes: this one keeps its copy until the TTL.
    await elsewhere.createIfAbsent(courseFixture(9001, { courseId: 'published-elsewhere' }));
    await elsewhere.replace(courseFixture(9002, { courseId: 'a-draft' }), 1);
    expect(await cached.listPublished(5)).toBe(first);
    expect(await cached.getPublished('a-draft')).toBeUndefined();

    // Its own write shows at once.
    await cached.createIfAbsent(courseFixture(9003, { courseId: 'published-here' }));
    expect((await cached.listPublished(5)).items.map((c) => c.courseId).slice(0, 3)).toEqual(['published-here', 'a-draft', 'published-elsewhere']);
    expect((await cached.getPublished('a-draft'))?.status).toBe('published');
    await cached.delete('published-here');
    await cached.delete('published-elsewhere');
    await putCourse(table, courseFixture(9000, { courseId: 'a-draft', status: 'draft', publishedAt: undefined }));
  });
});

describe('CoursesRepository.getMany', () => {
  it('reads more than one BatchGetItem of courses, skipping unknown ids', async () => {
    const db = await startTestDynamoDb();
    try {
      const repo = new CoursesRepository(db.doc, COURSES_TABLE.localName);
      await Promise.all(Array.from({ length: 130 }, (_, i) => putCourse({ doc: db.doc, tableName: COURSES_TABLE.localName }, courseFixture(i))));
      const ids = [...Array.from({ length: 130 }, (_, i) => courseFixture(i).courseId), 'missing', 'course-0001'];
      const found = await repo.getMany(ids);
      expect(found.map((c) => c.courseId).sort()).toEqual(Array.from({ length: 130 }, (_, i) => courseFixture(i).courseId).sort());
    } finally {
      await db.close();
    }
  });
});
