import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { myCourseIdsSchema, myCourseListSchema, type MyCourse, type MyCourseList } from '@lessonstage/shared';
import { createDeps, type ApiDeps } from '../app/api-deps';
import { DEFAULT_ADMIN } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { courseFixture } from '../testing/course-fixtures';
import { fixtureTables, putCourse } from '../testing/fixture-writes';
import { signInAdmin, signUpStudent } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';

describe('my courses: copies and counters on the enrollments', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let deps: ApiDeps;
  let admin: string;

  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack.url);
    deps = createDeps(stack.config);
    admin = await signInAdmin(api, DEFAULT_ADMIN);
  });
  afterAll(() => stack.dispose());

  const page = async (token: string, query = '') => {
    const response = await api.get<MyCourseList>(`/api/me/courses${query}`, token);
    expect(response.status).toBe(200);
    return myCourseListSchema.parse(response.body);
  };
  const mine = async (token: string) => (await page(token)).items;
  /** Every page in turn, `limit` at a time. */
  const walk = async (token: string, limit: number) => {
    const items: MyCourse[] = [];
    let pages = 0;
    let cursor: string | null = null;
    do {
      const next: MyCourseList = await page(token, `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...next.items);
      cursor = next.nextCursor;
      pages += 1;
    } while (cursor);
    return { items, pages };
  };
  const progress = (token: string, courseId: string, lessonId: string, body: { positionSec: number; completed?: boolean }) =>
    api.request('PUT', `/api/courses/${courseId}/lessons/${lessonId}/progress`, { body, token }).then((r) => expect(r.status).toBe(200));
  const counter = async (userId: string, courseId: string) => (await deps.enrollments.get(userId, courseId))?.completedLessons;
  const version = async (courseId: string) => (await deps.courses.get(courseId))!.version!;

  it('counts a completion once, whatever is sent again, and takes it back when un-completed', async () => {
    const course = courseFixture(101);
    await putCourse(fixtureTables(stack.config).courses, course);
    const student = await signUpStudent(stack, api);
    await deps.enrollments.grant(student.userId, course.courseId, 'pi_counter');
    expect(await counter(student.userId, course.courseId)).toBeUndefined();
    // The first read counts from the progress items and stores the count on the enrollment.
    expect(await mine(student.token)).toEqual([expect.objectContaining({ completedLessons: 0, totalLessons: 2 })]);
    expect(await counter(student.userId, course.courseId)).toBe(0);

    await progress(student.token, course.courseId, 's1l1', { positionSec: 60, completed: true });
    expect(await counter(student.userId, course.courseId)).toBe(1);
    await progress(student.token, course.courseId, 's1l1', { positionSec: 60, completed: true });
    await progress(student.token, course.courseId, 's1l1', { positionSec: 3 });
    expect(await counter(student.userId, course.courseId)).toBe(1);
    await Promise.all(Array.from({ length: 5 }, () => progress(student.token, course.courseId, 's1l2', { positionSec: 90, completed: true })));
    expect(await counter(student.userId, course.courseId)).toBe(2);
    await progress(student.token, course.courseId, 's1l1', { positionSec: 0, completed: false });
    await progress(student.token, course.courseId, 's1l1', { positionSec: 0, completed: false });
    expect(await counter(student.userId, course.courseId)).toBe(1);
    expect(await mine(student.token)).toEqual([expect.objectContaining({ completedLessons: 1, totalLessons: 2 })]);

    // A refund takes the course off the list.
    await deps.enrollments.revoke(student.userId, course.courseId, 'pi_counter');
    expect(await mine(student.token)).toEqual([]);
  });

  it('shows a course edit at once, recounts after a lesson is removed, and drops a deleted course', async () => {
    const course = courseFixture(102);
    await putCourse(fixtureTables(stack.config).courses, course);
    const student = await signUpStudent(stack, api);
    await deps.enrollments.grant(student.userId, course.courseId, 'pi_edit');
    await mine(student.token);
    await progress(student.token, course.courseId, 's1l1', { positionSec: 60, completed: true });
    await progress(student.token, course.courseId, 's1l2', { positionSec: 90, completed: true });

    const patch = await api.request('PATCH', `/api/admin/courses/${course.courseId}`, { body: { version: await version(course.courseId), title: 'Renamed course', priceCents: 4200 }, token: admin });
    expect(patch.status).toBe(200);
    const [edited] = await mine(student.token);
    expect(edited).toEqual({ ...edited, course: expect.objectContaining({ title: 'Renamed course', priceCents: 4200 }), completedLessons: 2, totalLessons: 2 });

    // A lesson's new title changes nothing the list shows: no enrollment is written.
    const send = vi.spyOn(DynamoDBDocumentClient.prototype, 'send');
    try {
      const renamed = await api.request('PATCH', `/api/admin/courses/${course.courseId}/lessons/s1l1`, { body: { version: await version(course.courseId), title: 'Renamed lesson' }, token: admin });
      expect(renamed.status).toBe(200);
      expect(send.mock.calls.filter(([command]) => (command.input as { TableName?: string }).TableName === stack.config.enrollmentsTable)).toEqual([]);
    } finally {
      send.mockRestore();
    }

    const added = await api.post(`/api/admin/courses/${course.courseId}/sections/s1/lessons`, { title: 'New lesson', version: await version(course.courseId) }, admin);
    expect(added.status).toBe(201);
    expect(await mine(student.token)).toEqual([expect.objectContaining({ completedLessons: 2, totalLessons: 3 })]);

    const removed = await api.request('DELETE', `/api/admin/courses/${course.courseId}/lessons/s1l2?version=${await version(course.courseId)}`, { token: admin });
    expect(removed.status).toBe(200);
    expect(await mine(student.token)).toEqual([expect.objectContaining({ completedLessons: 1, totalLessons: 2 })]);
    expect(await counter(student.userId, course.courseId)).toBe(1);

    expect((await api.post(`/api/admin/courses/${course.courseId}/unpublish`, { version: await version(course.courseId) }, admin)).status).toBe(200);
    expect((await api.request('DELETE', `/api/admin/courses/${course.courseId}`, { token: admin })).status).toBe(204);
    expect(await mine(student.token)).toEqual([]);
  });

  it('pages 200 enrollments newest first; a counted page is one Query, answering what the full count answered', async () => {
    const { courses } = fixtureTables(stack.config);
    const student = await signUpStudent(stack, api);
    const numbers = Array.from({ length: 200 }, (_, i) => 1000 + i);
    for (let i = 0; i < numbers.length; i += 25) {
      await Promise.all(numbers.slice(i, i + 25).map((n) => putCourse(courses, courseFixture(n))));
      // Some grants share a millisecond: pages must neither skip nor repeat them.
      await Promise.all(numbers.slice(i, i + 25).map((n) => deps.enrollments.grant(student.userId, courseFixture(n).courseId, `pi_200_${n}`)));
    }
    await progress(student.token, courseFixture(1000).courseId, 's1l1', { positionSec: 60, completed: true });
    // From the courses and progress (the old way), storing the copies on the enrollments.
    const counted = await walk(student.token, 100);
    expect(counted.pages).toBe(2);
    expect(new Set(counted.items.map((item) => item.course.courseId)).size).toBe(200);
    const grants = counted.items.map((item) => item.enrolledAt);
    expect(grants).toEqual([...grants].sort().reverse());

    const byTwentyFour = await walk(student.token, 24);
    expect(byTwentyFour.pages).toBe(9);
    expect(byTwentyFour.items).toEqual(counted.items);
    expect(byTwentyFour.items.find((item) => item.course.courseId === courseFixture(1000).courseId)).toMatchObject({ completedLessons: 1, totalLessons: 2 });

    const send = vi.spyOn(DynamoDBDocumentClient.prototype, 'send');
    try {
      const first = await page(student.token);
      const calls = send.mock.calls.map(([command]) => ({ command: command.constructor.name, table: (command.input as { TableName?: string }).TableName }));
      expect(calls).toEqual([{ command: 'QueryCommand', table: stack.config.enrollmentsTable }]);
      expect(first.items).toEqual(counted.items.slice(0, 24));
      expect(first.nextCursor).not.toBeNull();
    } finally {
      send.mockRestore();
    }

    // Refunds and a deleted course thin the newest enrollments out: the page is still full, without them.
    const gone = counted.items.slice(0, 30).map((item) => item.course.courseId);
    await Promise.all(gone.slice(0, 29).map((courseId) => deps.enrollments.revoke(student.userId, courseId, `pi_200_${Number(courseId.split('-').at(-1))}`)));
    await deps.enrollments.markCourseRemoved(student.userId, gone[29]!);
    const thinned = await page(student.token);
    expect(thinned.items).toEqual(counted.items.slice(30, 54));
    expect((await walk(student.token, 100)).items).toHaveLength(170);

    // All active course ids at once, for the catalog's "Owned" marks.
    const ids = await api.get('/api/me/course-ids', student.token);
    expect(ids.status).toBe(200);
    expect(new Set(myCourseIdsSchema.parse(ids.body).courseIds)).toEqual(new Set(counted.items.slice(30).map((item) => item.course.courseId)));
  });

  it('names limit or cursor when they are bad', async () => {
    const student = await signUpStudent(stack, api);
    const error = async (query: string) => {
      const response = await api.get<{ error: string }>(`/api/me/courses${query}`, student.token);
      expect(response.status).toBe(400);
      return response.body.error;
    };
    expect(await error('?limit=0')).toMatch(/^limit: /);
    expect(await error('?limit=101')).toBe('limit: must be at most 100');
    expect(await error('?limit=ten')).toMatch(/^limit: /);
    expect(await error('?cursor=not-a-cursor')).toMatch(/^cursor: /);
    const foreign = Buffer.from(JSON.stringify({ userId: 'someone-else', courseId: 'c', grantedAt: '2026-01-01T00:00:00.000Z' })).toString('base64url');
    expect(await error(`?cursor=${foreign}`)).toMatch(/^cursor: /);
    expect((await page(student.token, '?limit=100')).items).toEqual([]);
    expect((await api.get('/api/me/course-ids', student.token)).body).toEqual({ courseIds: [] });
  });
});
