import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { courseListSchema, type Instrument, type Level } from '@lessonstage/shared';
import { DOMAINS } from '../app/functions';
import { COURSES_TABLE } from '../lib/db/table-definitions';
import { apiOptions, createApi } from '../app/create-api';
import { createDeps, type ApiDeps } from '../app/api-deps';
import { testAppConfig } from '../testing/test-config';
import { courseFixture } from '../testing/course-fixtures';
import { putCourse } from '../testing/fixture-writes';
import { startTestDynamoDb, type TestDynamoDb } from '../testing/test-dynamodb';
import { CoursesRepository } from './courses.repository';

const INSTRUMENTS: Instrument[] = ['guitar', 'piano', 'drums'];
const LEVELS: Level[] = ['beginner', 'advanced'];

describe('catalog filters', () => {
  let db: TestDynamoDb;
  let api: ReturnType<typeof createApi<ApiDeps>>;
  let send: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    db = await startTestDynamoDb();
    const courses = new CoursesRepository(db.doc, COURSES_TABLE.localName);
    const table = { doc: db.doc, tableName: COURSES_TABLE.localName };
    // 250 courses: piano every third, advanced every second, so a filtered page spans several index reads.
    await Promise.all(
      Array.from({ length: 250 }, (_, i) => putCourse(table, courseFixture(i, { instrument: INSTRUMENTS[i % 3]!, level: LEVELS[i % 2]! }))),
    );
    await putCourse(table, courseFixture(998, { courseId: 'piano-draft', instrument: 'piano', status: 'draft', publishedAt: undefined }));
    send = vi.spyOn(db.doc, 'send');
    const config = testAppConfig(db.endpoint);
    api = createApi(apiOptions(config), { ...createDeps(config), courses }, DOMAINS);
  });

  afterAll(() => db.close());

  async function all(query: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await api.request(`/api/courses?limit=7&${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      const page = courseListSchema.parse(await response.json());
      ids.push(...page.items.map((course) => course.courseId));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  const expected = (keep: (i: number) => boolean) =>
    Array.from({ length: 250 }, (_, i) => 249 - i)
      .filter(keep)
      .map((i) => `course-${String(i).padStart(4, '0')}`);

  it('pages through exactly the published courses of an instrument, a level, or both, newest first', async () => {
    expect(await all('instrument=piano')).toEqual(expected((i) => i % 3 === 1));
    expect(await all('level=advanced')).toEqual(expected((i) => i % 2 === 1));
    expect(await all('instrument=drums&level=beginner')).toEqual(expected((i) => i % 3 === 2 && i % 2 === 0));
    expect(await all('instrument=violin')).toEqual([]);
  });

  it('reads the catalog index, never a Scan', async () => {
    send.mockClear();
    await api.request('/api/courses?limit=5&instrument=guitar&level=advanced');
    expect(send).toHaveBeenCalled();
    expect(send.mock.calls.some(([command]: unknown[]) => command instanceof ScanCommand)).toBe(false);
  });

  it('refuses an unknown instrument or level with a 400 naming the field', async () => {
    for (const [query, field] of [['instrument=kazoo', 'instrument'], ['level=expert', 'level']] as const) {
      const response = await api.request(`/api/courses?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(new RegExp(`^${field}:`));
    }
  });
});
