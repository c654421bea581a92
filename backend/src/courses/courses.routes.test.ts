import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { apiErrorSchema, courseDetailSchema, courseListSchema } from '@lessonstage/shared';
import { DOMAINS } from '../app/functions';
import { COURSES_TABLE } from '../lib/db/table-definitions';
import { apiOptions, createApi } from '../app/create-api';
import { createDeps, type ApiDeps } from '../app/api-deps';
import { testAppConfig } from '../testing/test-config';
import { courseFixture } from '../testing/course-fixtures';
import { putCourse } from '../testing/fixture-writes';
import { startTestDynamoDb, type TestDynamoDb } from '../testing/test-dynamodb';
import { encodeCursor } from './index-cursor';
import { CoursesRepository } from './courses.repository';

describe('courses routes', () => {
  let db: TestDynamoDb;
  let api: ReturnType<typeof createApi<ApiDeps>>;
  let send: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    db = await startTestDynamoDb();
    const courses = new CoursesRepository(db.doc, COURSES_TABLE.localName);
    const table = { doc: db.doc, tableName: COURSES_TABLE.localName };
    await Promise.all(Array.from({ length: 30 }, (_, i) => putCourse(table, courseFixture(i))));
    await putCourse(table, courseFixture(99, { courseId: 'secret-draft', status: 'draft', publishedAt: undefined }));
    send = vi.spyOn(db.doc, 'send');
    const config = testAppConfig(db.endpoint);
    api = createApi(apiOptions(config), { ...createDeps(config), courses }, DOMAINS);
  });

  afterAll(() => db.close());

  async function get(path: string) {
    const response = await api.request(path);
    return { status: response.status, body: (await response.json()) as unknown, headers: response.headers };
  }

  it('GET /api/health is ok', async () => {
    expect(await get('/api/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('lists the newest published courses with a cursor to the next page', async () => {
    const first = await get('/api/courses?limit=20');
    expect(first.status).toBe(200);
    const page = courseListSchema.parse(first.body);
    expect(page.items).toHaveLength(20);
    expect(page.items[0]).toMatchObject({ courseId: 'course-0029', priceCents: 1029, thumbnailUrl: '/media/public/thumbnails/course-29.svg' });
    expect(page.items[0]).not.toHaveProperty('sections');

    const second = courseListSchema.parse((await get(`/api/courses?limit=20&cursor=${page.nextCursor}`)).body);
    expect(second.items.map((c) => c.courseId)).toEqual(Array.from({ length: 10 }, (_, i) => `course-${String(9 - i).padStart(4, '0')}`));
    expect(second.nextCursor).toBeNull();
  });

  it('defaults to pages of 20', async () => {
    expect(courseListSchema.parse((await get('/api/courses')).body).items).toHaveLength(20);
  });

  it('never scans the table on the request path', async () => {
    send.mockClear();
    await get('/api/courses?limit=5');
    await get('/api/courses/course-0001');
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls.some(([command]: unknown[]) => command instanceof ScanCommand)).toBe(false);
  });

  it('returns a course with its sections and lessons, without storage keys', async () => {
    const { status, body } = await get('/api/courses/course-0003');
    expect(status).toBe(200);
    const course = courseDetailSchema.parse(body);
    expect(course.sections[0]?.lessons).toEqual([
      { lessonId: 's1l1', title: 'Free lesson', durationSec: 60, preview: true, hasVideo: true, hasScore: false, hasTempo: false, materials: [] },
      { lessonId: 's1l2', title: 'Paid lesson', durationSec: 90, preview: false, hasVideo: false, hasScore: false, hasTempo: false, materials: [] },
    ]);
    expect(JSON.stringify(body)).not.toContain('courses/');
  });

  it.each([
    ['/api/courses/does-not-exist', 404],
    ['/api/courses/secret-draft', 404],
    ['/api/nowhere', 404],
  ])('%s → %i JSON error', async (path, expected) => {
    const { status, body } = await get(path);
    expect(status).toBe(expected);
    apiErrorSchema.parse(body);
  });

  it.each([
    ['limit=abc', 'limit'],
    ['limit=100000', 'limit'],
    ['limit=0', 'limit'],
    ['limit=-5', 'limit'],
    ['cursor=garbage', 'cursor'],
    [`cursor=${Buffer.from('{"courseId":1}').toString('base64url')}`, 'cursor'],
    [`cursor=${'x'.repeat(5000)}`, 'cursor'],
  ])('?%s → 400 naming %s, never a 500', async (query, field) => {
    const { status, body } = await get(`/api/courses?${query}`);
    expect(status).toBe(400);
    expect(apiErrorSchema.parse(body).error).toMatch(new RegExp(`^${field}:`));
  });

  it('refuses a malformed course id with a 400', async () => {
    const { status, body } = await get(`/api/courses/${'x'.repeat(300)}`);
    expect(status).toBe(400);
    expect(apiErrorSchema.parse(body).error).toMatch(/^courseId:/);
  });

  it('a cursor we issued for one page size works with another', async () => {
    const cursor = encodeCursor({ courseId: 'course-0010', catalogPartition: 'PUBLISHED', catalogSortKey: courseFixture(10).publishedAt + '#course-0010' });
    const page = courseListSchema.parse((await get(`/api/courses?limit=3&cursor=${cursor}`)).body);
    expect(page.items.map((c) => c.courseId)).toEqual(['course-0009', 'course-0008', 'course-0007']);
  });

  it('sends security headers', async () => {
    const { headers } = await get('/api/health');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});
