import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import { lessonProgressRequestSchema, resourceIdSchema as id, type LessonProgress, type MyCourse } from '@lessonstage/shared';
import { requireUser } from '../auth/auth.middleware';
import { toCourseSummary } from '../courses/course.mapper';
import type { LearningEnv } from './learning.deps';
import { issueCertificateIfDone } from './course-completion';
import { loopsRoutes } from './loops.routes';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { assertMayOpenLesson, findLesson } from '../media/lesson-access';

const courseParams = z.object({ courseId: id });
const lessonParams = z.extend(courseParams, { lessonId: id });

/** A student's own side: enrolled courses with progress, enrollment status, resume positions. */
export const learningRoutes = new Hono<LearningEnv>()
  .get('/me/courses', requireUser, async (c) => {
    const { enrollments, courses, progress, mediaBaseUrl } = c.get('deps');
    const userId = c.get('principal')!.userId;
    // Three reads whatever the number of courses: enrollments, the courses (batched), all progress.
    const active = (await enrollments.listForUser(userId)).filter((e) => e.status === 'active');
    const [records, progressByCourse] = await Promise.all([courses.getMany(active.map((e) => e.courseId)), progress.forUser(userId)]);
    const byId = new Map(records.map((course) => [course.courseId, course]));
    const items = active.map((enrollment): MyCourse | undefined => {
      const course = byId.get(enrollment.courseId);
      if (!course) return undefined;
      const lessonIds = new Set(course.sections.flatMap((s) => s.lessons.map((l) => l.lessonId)));
      const done = (progressByCourse.get(course.courseId) ?? []).filter((p) => p.completed && lessonIds.has(p.lessonId));
      return { course: toCourseSummary(course, mediaBaseUrl), enrolledAt: enrollment.grantedAt, completedLessons: done.length, totalLessons: lessonIds.size };
    });
    return c.json<MyCourse[]>(items.filter((item): item is MyCourse => Boolean(item)).sort((a, b) => b.enrolledAt.localeCompare(a.enrolledAt)));
  })
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
    if (completed) await issueCertificateIfDone(c.get('deps'), principal.userId, target.course);
    return c.json<LessonProgress>(saved);
  })
  .route('/', loopsRoutes);
