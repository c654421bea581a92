import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceSummarySchema, type PracticeSession } from '@lessonstage/shared';
import { createDeps } from '../../app/api-deps';
import { apiClient } from '../../testing/api-client';
import { signUpStudent } from '../../testing/test-users';
import { startTestStack, type TestStack } from '../../testing/test-stack';
import { addDays, localDateOf, mondayOf } from './time-slots';

const COURSE = 'demo-guitar-first-chords';
const PAID_LESSON = 's1l2';
const PREVIEW_LESSON = 's1l1';

function session(overrides: Partial<PracticeSession> = {}): PracticeSession {
  return { sessionId: randomUUID(), courseId: COURSE, lessonId: PAID_LESSON, startedAt: new Date(Date.now() - 600_000).toISOString(), seconds: 300, ...overrides };
}

describe('practice journal API', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let student: { token: string; userId: string };

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    student = await signUpStudent(stack, api);
    await createDeps(stack.config).enrollments.grant(student.userId, COURSE, 'pi_practice_1');
  });
  afterAll(() => stack.dispose());

  const record = (sessions: unknown[], token = student.token) => api.post('/api/me/practice', { sessions }, token);
  async function summary(query: string, token = student.token) {
    const response = await api.get(`/api/me/practice/summary?${query}`, token);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return practiceSummarySchema.parse(response.body);
  }

  it('records sessions once however often they are sent, and sums them per local day, lesson and course', async () => {
    const now = Date.now();
    const yesterday = session({ startedAt: new Date(now - 86_400_000).toISOString(), seconds: 600, loops: [{ loopId: 'loop-a', startMs: 0, endMs: 8000, speed: 0.8, repetitions: 4 }] });
    const today = session({ startedAt: new Date(now - 120_000).toISOString(), seconds: 90, lessonId: PREVIEW_LESSON });
    const first = await record([yesterday, today]);
    expect(first.status, JSON.stringify(first.body)).toBe(202);
    expect((await record([yesterday, today])).status).toBe(202);
    expect((await record([today])).status).toBe(202);

    // A zone where it is about noon now, so neither session runs over a local midnight.
    const hoursAhead = 12 - new Date(now).getUTCHours();
    const tz = hoursAhead === 0 ? 'Etc/GMT' : `Etc/GMT${hoursAhead > 0 ? '-' : '+'}${Math.abs(hoursAhead)}`;
    const [d1, d2] = [localDateOf(now - 86_400_000, tz), localDateOf(now, tz)];
    const result = await summary(`from=${addDays(d2, -364)}&to=${d2}&tz=${encodeURIComponent(tz)}`);
    expect(result.days).toEqual([
      { date: d1, seconds: 600 },
      { date: d2, seconds: 90 },
    ]);
    expect(result.streakDays).toBe(2);
    expect(result.longestStreakDays).toBe(2);
    expect(result.thisWeekSeconds).toBe((d1 >= mondayOf(d2) ? 600 : 0) + 90);
    expect(result.perCourse).toEqual([{ courseId: COURSE, seconds: 690 }]);
    expect(result.perLesson.map(({ lessonId, seconds }) => [lessonId, seconds])).toEqual([
      [PAID_LESSON, 600],
      [PREVIEW_LESSON, 90],
    ]);
    expect(result.loops).toEqual([{ loopId: 'loop-a', points: [{ date: d1, bestSpeed: 0.8 }] }]);
    // Another student sees none of it.
    const other = await signUpStudent(stack, api);
    expect(await summary(`from=${d1}&to=${d2}&tz=${encodeURIComponent(tz)}`, other.token)).toMatchObject({ days: [], streakDays: 0, perLesson: [], perCourse: [], loops: [] });
  });

  it('refuses bad sessions naming the field and its index', async () => {
    const error = async (sessions: unknown[]) => {
      const response = await record(sessions);
      expect(response.status).toBe(400);
      return response.body.error;
    };
    expect(await error([session(), session(), session(), session({ startedAt: new Date(Date.now() - 60_000).toISOString(), seconds: 3600 })])).toBe(
      'sessions[3].seconds: must not be longer than the time since startedAt',
    );
    expect(await error([session({ startedAt: new Date(Date.now() + 6 * 60_000).toISOString() })])).toBe('sessions[0].startedAt: must not be more than 5 minutes in the future');
    expect(await error([session(), session({ sessionId: 'not-a-uuid' })])).toBe('sessions[1].sessionId: must be a UUID');
    expect(await error(Array.from({ length: 51 }, () => session()))).toBe('sessions: must have at most 50 sessions');
    expect(await error([])).toBe('sessions: must have at least 1 session');
    expect(await error([session({ seconds: 0 })])).toBe('sessions[0].seconds: must be at least 1');
    expect(await error([session({ loops: [{ startMs: 10, endMs: 5, speed: 1, repetitions: 1 }] })])).toBe('sessions[0].loops[0].endMs: must be after startMs');
    expect(await error([session({ startedAt: 'yesterday' })])).toBe('sessions[0].startedAt: must be an ISO 8601 date-time');
  });

  it('refuses a lesson the student may not open (403), but takes free previews', async () => {
    const outsider = await signUpStudent(stack, api);
    const refused = await record([session({ lessonId: PREVIEW_LESSON }), session()], outsider.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/^sessions\[1\]\.lessonId: /);
    expect((await record([session({ lessonId: 'no-such-lesson' })], outsider.token)).status).toBe(404);
    expect((await record([session({ lessonId: PREVIEW_LESSON })], outsider.token)).status).toBe(202);
    expect((await api.post('/api/me/practice', { sessions: [session()] })).status).toBe(401);
  });

  it('refuses an unknown time zone, a reversed range and one over 400 days', async () => {
    const error = async (query: string) => {
      const response = await api.get(`/api/me/practice/summary?${query}`, student.token);
      expect(response.status).toBe(400);
      return response.body.error;
    };
    expect(await error('from=2026-01-01&to=2026-01-31&tz=Mars/Olympus')).toBe('tz: must be a known time zone, e.g. Europe/Berlin');
    expect(await error('from=2025-01-01&to=2026-02-05&tz=UTC')).toBe('to: must be at most 400 days after from');
    expect(await error('from=2026-02-01&to=2026-01-31&tz=UTC')).toBe('to: must not be before from');
    expect(await error('from=2026-02-30&to=2026-03-01&tz=UTC')).toBe('from: must be a real date');
    expect(await error('from=2026-01-01&tz=UTC')).toMatch(/^to: /);
    expect((await summary('from=2025-01-01&to=2026-02-04&tz=America/St_Johns')).days).toBeDefined();
  });

  it('keeps a weekly goal (0 to 7 days’ worth)', async () => {
    const put = (weeklyGoalSeconds: unknown) => api.request('PUT', '/api/me/practice/goal', { body: { weeklyGoalSeconds }, token: student.token });
    const saved = await put(5400);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ weeklyGoalSeconds: 5400 });
    expect((await summary('from=2026-01-01&to=2026-01-31&tz=Europe/Berlin')).weeklyGoalSeconds).toBe(5400);
    expect((await put(-1)).body.error).toBe('weeklyGoalSeconds: must not be negative');
    expect((await put(7 * 86_400 + 1)).body.error).toBe('weeklyGoalSeconds: must be at most 604800');
    expect((await put(0)).status).toBe(200);
    expect((await summary('from=2026-01-01&to=2026-01-31&tz=Europe/Berlin')).weeklyGoalSeconds).toBe(0);
  });
});
