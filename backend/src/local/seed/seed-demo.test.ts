import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseDetailSchema, courseListSchema, lessonScoreSchema, myCertificateListSchema, myCourseListSchema, playbackSchema, signedLinkSchema, type NotificationsPage } from '@lessonstage/shared';
import { readMp4DurationSec } from '../../authoring/mp4-duration';
import { readCaptionFile } from '../../captions/caption-file';
import { DEFAULT_ADMIN, DEMO_STUDENT } from '../local-config';
import { apiClient } from '../../testing/api-client';
import { signInAdmin } from '../../testing/test-users';
import { startTestStack, type TestStack } from '../../testing/test-stack';
import { DEMO_CAPTIONS } from './demo-captions';
import { DEMO_COURSES } from './demo-courses';
import { DEMO_COMPLETED_COURSE } from './seed-demo-student';
import { createDeps } from '../../app/api-deps';
import { DEMO_REVIEWS } from './demo-reviews';
import { seedDemoReviews } from './seed-demo-reviews';
import { seedDemoCatalog } from './seed-demo';
import { createS3Client } from '../../lib/storage/s3-client';
import { fixtureTables, putCourse } from '../../testing/fixture-writes';
import { LOCAL_BUCKET } from '../stack';
import { exerciseSync, exerciseTiming, type Exercise } from './scores/exercise';

/** Where the demo catalog puts each exercise and each tempo alone: course, lesson id and what it holds. */
const seeded = DEMO_COURSES.flatMap((course) =>
  course.sections.flatMap((section, s) =>
    section.lessons.flatMap((lesson, l) => (typeof lesson === 'string' ? [] : [{ courseId: course.courseId, lessonId: `s${s + 1}l${l + 1}`, preview: s === 0 && l === 0, lesson }])),
  ),
);
const withExercise = seeded.flatMap(({ lesson, ...at }) => ('exercise' in lesson ? [{ ...at, exercise: lesson.exercise }] : []));
const withTempo = seeded.flatMap(({ lesson, ...at }) => ('tempoBpm' in lesson ? [{ ...at, tempoBpm: lesson.tempoBpm }] : []));

function committedClipSeconds(exercise: Exercise): Promise<number | null> {
  const bytes = readFileSync(new URL(`./media/${exercise.id}.mp4`, import.meta.url));
  return readMp4DurationSec(async (offset, length) => bytes.subarray(offset, offset + length), bytes.length);
}

describe('demo lessons with scores and tempos', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let admin: string;

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    admin = await signInAdmin(api, DEFAULT_ADMIN);
  });
  afterAll(() => stack.dispose());

  it('seeds a score in the guitar, piano and drums courses, each on a free preview lesson', () => {
    expect(withExercise.map((e) => DEMO_COURSES.find((c) => c.courseId === e.courseId)!.instrument).sort()).toEqual(['drums', 'guitar', 'piano']);
    expect(withExercise.every((e) => e.preview)).toBe(true);
    expect(withTempo.length).toBeGreaterThanOrEqual(2);
  });

  it.each(withExercise)('$courseId/$lessonId: score, tempo and sync points to anyone, and the alphaTex behind the link', async ({ courseId, lessonId, exercise }) => {
    const answer = await api.get(`/api/courses/${courseId}/lessons/${lessonId}/score`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const score = lessonScoreSchema.parse(answer.body);
    const sync = exerciseSync(exercise);
    expect(score).toMatchObject({ format: 'alphatex', fileName: `${exercise.id}.alphatex`, tempoBpm: exercise.tempoBpm, timeSignature: [4, 4], firstDownbeatMs: sync.firstDownbeatMs });
    expect(score.syncPoints).toEqual(sync.syncPoints);
    expect(score.syncPoints).toHaveLength(exercise.bars.length);

    const file = await fetch(score.url!);
    expect(file.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await file.text()).toBe(readFileSync(new URL(`./scores/${exercise.id}.alphatex`, import.meta.url), 'utf8'));

    const detail = courseDetailSchema.parse((await api.get(`/api/courses/${courseId}`)).body);
    expect(detail.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === lessonId)).toMatchObject({ hasScore: true, hasTempo: true, durationSec: exerciseTiming(exercise).clipSeconds });
  });

  it.each(withExercise)('$courseId/$lessonId: its clip is the exercise, long enough for every synced bar', async ({ courseId, lessonId, exercise }) => {
    const seconds = await committedClipSeconds(exercise);
    const { barMs, clipSeconds } = exerciseTiming(exercise);
    expect(seconds).not.toBeNull();
    expect(Math.abs(seconds! - clipSeconds)).toBeLessThan(0.1);
    const lastBar = exerciseSync(exercise).syncPoints.at(-1)!;
    expect(lastBar.timeMs + barMs).toBeLessThanOrEqual(seconds! * 1000);

    const playback = signedLinkSchema.parse((await api.get(`/api/courses/${courseId}/lessons/${lessonId}/playback`)).body);
    const served = new Uint8Array(await (await fetch(playback.url)).arrayBuffer());
    expect(served).toEqual(new Uint8Array(readFileSync(new URL(`./media/${exercise.id}.mp4`, import.meta.url))));
  });

  it.each(withTempo)('$courseId/$lessonId: a tempo of $tempoBpm BPM and no score', async ({ courseId, lessonId, tempoBpm }) => {
    const answer = await api.get(`/api/courses/${courseId}/lessons/${lessonId}/score`, admin);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(lessonScoreSchema.parse(answer.body)).toEqual({ url: null, format: null, fileName: null, syncPoints: [], tempoBpm, timeSignature: [4, 4], firstDownbeatMs: null });
  });

  it('seeds a student who finished a course and holds its certificate', async () => {
    const student = await signInAdmin(api, DEMO_STUDENT);
    const { items } = myCertificateListSchema.parse((await api.get('/api/me/certificates', student)).body);
    expect(items).toEqual([expect.objectContaining({ courseId: DEMO_COMPLETED_COURSE, status: 'valid' })]);
    const [course] = myCourseListSchema.parse((await api.get('/api/me/courses', student)).body).items;
    expect(course!.completedLessons).toBe(course!.totalLessons);
  });

  it('seeds reviews, so catalog cards show each course\'s stars, once however often it runs', async () => {
    const { items } = courseListSchema.parse((await api.get('/api/courses?limit=50')).body);
    for (const course of items) {
      const stars = DEMO_REVIEWS.filter((r) => r.courseId === course.courseId).map((r) => r.rating);
      const average = stars.length ? Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 100) / 100 : 0;
      expect(course.rating, course.courseId).toEqual({ average, count: stars.length });
    }
    expect(items.filter((c) => c.rating!.count > 0).length).toBeGreaterThanOrEqual(8);
    expect(await seedDemoReviews(createDeps(stack.config, stack.mailbox), 'Teacher')).toBe(0);
    const reviews = (await api.get('/api/courses/demo-guitar-first-chords/reviews')).body as { items: { reviewerName: string; reply: unknown }[] };
    expect(reviews.items).toHaveLength(3);
    expect(reviews.items.some((r) => r.reply !== null)).toBe(true);
  });

  it("makes the demo admin every demo course's teacher, keeping the courses' teacher names", async () => {
    const adminId = (await api.get<{ userId: string }>('/api/auth/me', admin)).body.userId;
    const courses = createDeps(stack.config, stack.mailbox).courses;
    for (const demo of DEMO_COURSES) {
      expect(await courses.get(demo.courseId)).toMatchObject({ teacherId: adminId, teacherName: demo.teacherName });
    }
  });

  it('adds the teacher to a demo course seeded without one, and leaves a course that has a teacher as it is', async () => {
    const deps = createDeps(stack.config, stack.mailbox);
    const table = fixtureTables(stack.config).courses;
    const [first, second] = [DEMO_COURSES[0]!.courseId, DEMO_COURSES[1]!.courseId];
    const originals = [(await deps.courses.get(first))!, (await deps.courses.get(second))!];
    const { teacherId: _dropped, ...old } = originals[0]!;
    await putCourse(table, { ...old, title: 'Edited by an admin' });
    await putCourse(table, { ...originals[1]!, teacherId: 'another-teacher' });

    expect(await seedDemoCatalog(deps.courses, createS3Client(stack.config), LOCAL_BUCKET, 'demo-admin')).toBe(0);
    expect(await deps.courses.get(first)).toMatchObject({ teacherId: 'demo-admin', title: 'Edited by an admin', version: old.version });
    expect((await deps.courses.get(second))!.teacherId).toBe('another-teacher');
    for (const course of originals) await putCourse(table, course);
  });

  it('gives the demo student two unread notifications, newest first, and their e-mails', async () => {
    const student = await signInAdmin(api, DEMO_STUDENT);
    const page = (await api.get<NotificationsPage>('/api/me/notifications', student)).body;
    expect(page.unreadCount).toBe(2);
    expect(page.items.map(({ kind, read }) => ({ kind, read }))).toEqual([
      { kind: 'submission-answered', read: false },
      { kind: 'thread-answered', read: false },
    ]);
    expect(stack.mailbox.list(DEMO_STUDENT.email).map((mail) => mail.subject)).toEqual(expect.arrayContaining(page.items.map((item) => item.title)));
  });

  it.each(Object.entries(DEMO_CAPTIONS))('%s: its captions are valid WebVTT, handed to anyone who may watch', async (lessonPath, captions) => {
    const [courseId, lessonId] = lessonPath.split('/');
    const playback = playbackSchema.parse((await api.get(`/api/courses/${courseId}/lessons/${lessonId}/playback`)).body);
    expect(playback.captions.map(({ lang, label }) => ({ lang, label }))).toEqual(captions.map(({ lang, label }) => ({ lang, label })));
    for (const [i, track] of playback.captions.entries()) {
      const committed = readFileSync(new URL(`./captions/${captions[i]!.file}`, import.meta.url));
      expect(readCaptionFile(committed, 'vtt')).toBe(await (await fetch(track.url)).text());
    }
  });
});
