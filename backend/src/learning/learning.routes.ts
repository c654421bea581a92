import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  lessonProgressRequestSchema,
  myCoursesQuerySchema,
  resourceIdSchema as id,
  type LessonProgress,
  type MyCourseIds,
  type MyCourseList,
} from '@lessonstage/shared';
import { requireUser } from '../auth/auth.middleware';
import type { LearningEnv } from './learning.deps';
import { practiceJournalRoutes } from './journal/practice-journal.routes';
import { issueCertificateIfDone } from './course-completion';
import { loopsRoutes } from './loops.routes';
import { listMyCourses } from './my-courses';
import { decodeCursor, encodeCursor } from '../lib/db/page-cursor';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { assertMayOpenLesson, findLesson } from '../media/lesson-access';

const courseParams = z.object({ courseId: id });
const lessonParams = z.extend(courseParams, { lessonId: id });
/** Where the next page of My courses starts: the last enrollment listed (the student comes from the session). */
const enrollmentCursorSchema = z.strictObject({ courseId: id, grantedAt: z.string().check(z.minLength(1), z.maxLength(64)) });

/** A student's own side: enrolled courses with progress, enrollment status, resume positions. */
export const learningRoutes = new Hono<LearningEnv>()
  .get('/me/courses', requireUser, async (c) => {
    const { limit, cursor } = parseInput(myCoursesQuerySchema, c.req.query());
    const page = await listMyCourses(c.get('deps'), c.get('principal')!.userId, limit, cursor ? decodeCursor(cursor, enrollmentCursorSchema) : undefined);
    return c.json<MyCourseList>({ items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null });
  })
  .get('/me/course-ids', requireUser, async (c) =>
    c.json<MyCourseIds>({ courseIds: await c.get('deps').enrollments.activeCourseIds(c.get('principal')!.userId) }),
  )
  .get('/me/courses/:courseId', requireUser, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const enrollment = await c.get('deps').enrollments.get(c.get('principal')!.userId, courseId);
    return c.json({ courseId, status: enrollment?.status ?? 'none' });
  })
  .get('/courses/:courseId/progress', requireUser, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    return c.json<LessonProgress[]>(await c.get('deps').progress.forCourse(c.get('principal')!.userId, courseId));
  })
  .put('/courses/:courseId/lessons/:lessonId/progress', requireUser, async (c) => {
    const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
    const { positionSec, completed } = await parseJsonBody(c, lessonProgressRequestSchema);
    const { courses, enrollments, progress } = c.get('deps');
    const principal = c.get('principal')!;
    const target = findLesson(await courses.get(courseId), lessonId, principal);
    await assertMayOpenLesson(target, principal, enrollments);
    const saved = await progress.save(principal.userId, courseId, lessonId, positionSec, completed);
    if (saved.completedChange) await enrollments.adjustCompletedLessons(principal.userId, courseId, saved.completedChange);
    if (completed) await issueCertificateIfDone(c.get('deps'), principal.userId, target.course);
    return c.json<LessonProgress>(saved.progress);
  })
  .route('/', loopsRoutes)
  .route('/', practiceJournalRoutes);
