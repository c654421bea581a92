import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCourseSchema, lessonScoreSchema, type AdminCourse } from '@lessonstage/shared';
import { DEFAULT_ADMIN } from '../local/local-config';
import { apiClient, type ApiResponse } from '../testing/api-client';
import { adminLesson, uploadLessonFile } from '../testing/lesson-uploads';
import { enrolledAndStranger, signInAdmin } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';

const COURSE = 'demo-guitar-first-chords';
const LESSON = 's1l2';
const ALPHATEX = '\\title "Blues riff"\n\\tempo 90\n.\n0.6.4 3.6.4 5.6.4 3.6.4 | 0.5.4 3.5.4 5.5.4 3.5.4 |';

describe('a lesson score: upload, sync and what students get', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let admin: string;

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    admin = await signInAdmin(api, DEFAULT_ADMIN);
  });
  afterAll(() => stack.dispose());

  const uploadScore = (body: string, fileName: string, contentType = 'application/octet-stream'): Promise<ApiResponse> =>
    uploadLessonFile(api, admin, { courseId: COURSE, lessonId: LESSON, kind: 'score', fileName, contentType, body: new TextEncoder().encode(body) });

  const lessonOf = (course: AdminCourse) => adminLesson(course, LESSON);

  it('reads the format from the bytes, and refuses a file no renderer reads, keeping the old score', async () => {
    const stored = await uploadScore(ALPHATEX, 'riff.txt', 'text/plain');
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    expect(lessonOf(adminCourseSchema.parse(stored.body)).score).toEqual({ fileName: 'riff.txt', format: 'alphatex', sizeBytes: ALPHATEX.length });

    const refused = await uploadScore('%PDF-1.7 not a score', 'riff.gp5');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'UnreadableScore', error: expect.stringMatching(/^file: is not a score/) });
    const course = adminCourseSchema.parse((await api.get(`/api/admin/courses/${COURSE}`, admin)).body);
    expect(lessonOf(course).score?.fileName).toBe('riff.txt');
  });

  it('saves sync points against the course version: stale is a 409, a bad point a 400 naming it', async () => {
    const current = adminCourseSchema.parse((await api.get(`/api/admin/courses/${COURSE}`, admin)).body);
    const path = `/api/admin/courses/${COURSE}/lessons/${LESSON}/sync`;
    const sync = { syncPoints: [{ bar: 0, timeMs: 500 }, { bar: 4, timeMs: 11_167 }], tempoBpm: 90, timeSignature: [4, 4], firstDownbeatMs: 500 };

    const bad = await api.request('PUT', path, { body: { ...sync, syncPoints: [...sync.syncPoints, { bar: 4, timeMs: 20_000 }], version: current.version }, token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe("syncPoints[2].bar: must be greater than point 1's");

    const saved = await api.request('PUT', path, { body: { ...sync, version: current.version }, token: admin });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(lessonOf(adminCourseSchema.parse(saved.body)).sync).toEqual(sync);

    const stale = await api.request('PUT', path, { body: { ...sync, version: current.version }, token: admin });
    expect(stale.status).toBe(409);
  });

  it('gives an enrolled student the score link and timing, and a stranger a 403', async () => {
    const { enrolled, stranger } = await enrolledAndStranger(stack, api, COURSE);

    const answer = await api.get(`/api/courses/${COURSE}/lessons/${LESSON}/score`, enrolled.token);
    expect(answer.status).toBe(200);
    const score = lessonScoreSchema.parse(answer.body);
    expect(score).toMatchObject({ format: 'alphatex', fileName: 'riff.txt', tempoBpm: 90, timeSignature: [4, 4], firstDownbeatMs: 500 });
    expect(score.syncPoints).toHaveLength(2);
    expect(await (await fetch(score.url!)).text()).toBe(ALPHATEX);

    expect((await api.get(`/api/courses/${COURSE}/lessons/${LESSON}/score`, stranger.token)).status).toBe(403);
    expect((await api.get(`/api/courses/${COURSE}/lessons/${LESSON}/score`)).status).toBe(401);
    const detail = await api.get<{ sections: { lessons: { lessonId: string; hasScore?: boolean; hasTempo?: boolean }[] }[] }>(`/api/courses/${COURSE}`);
    expect(detail.body.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === LESSON)).toMatchObject({ hasScore: true, hasTempo: true });
  });
});
