import { Hono, type Context } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  adminCourseListSchema,
  courseDraftRequestSchema,
  courseUpdateRequestSchema,
  lessonUpdateRequestSchema,
  outlineRequestSchema,
  syncRequestSchema,
  pageCursorSchema,
  pageLimitSchema,
  resourceIdSchema as id,
  wholeNumberParamSchema,
  titleRequestSchema,
  versionOnlyRequestSchema,
  type AdminCourse,
} from '@lessonstage/shared';
import { requireAdmin } from '../auth/auth.middleware';
import type { CourseRecord, LessonRecord } from '../courses/course.record';
import { decodeCursor, encodeCursor, listCursorSchema } from '../courses/index-cursor';
import type { AuthoringEnv } from './authoring.deps';
import { ConflictError, HttpError } from '../lib/http/http-errors';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { toAdminCourse } from './admin-course.mapper';
import { deleteLessonFiles, removedLessons } from './lesson-files';
import { adminCourseView } from './admin-course-view';
import { toCourseSummary } from '../courses/course.mapper';
import { addLesson, addSection, publishProblems, removeLesson, removeMaterial, removeSection, renameSection, reorder, setLessonSync, updateLesson } from './course-outline';
import { editCourse, loadCourse } from './course-editing';
import { newCourseId } from './new-id';
import { profileOf, withTeacher } from './teacher-profile';

const courseParams = z.object({ courseId: id });
const sectionParams = z.extend(courseParams, { sectionId: id });
const lessonParams = z.extend(courseParams, { lessonId: id });
const materialParams = z.extend(lessonParams, { materialId: id });
const versionQuery = z.object({ version: wholeNumberParamSchema });
const listQuery = z.object({ limit: pageLimitSchema(50, 100), cursor: pageCursorSchema });

/** Applies an outline edit that may remove lessons, then deletes the removed lessons' files (best effort). */
async function editRemovingLessons(c: Context<AuthoringEnv>, courseId: string, version: number, edit: (course: CourseRecord) => CourseRecord): Promise<AdminCourse> {
  let removed: LessonRecord[] = [];
  const updated = await editCourse(c, courseId, version, (course) => {
    const next = edit(course);
    removed = removedLessons(course, next);
    return next;
  });
  await deleteLessonFiles(c.get('deps').storage, courseId, removed);
  return updated;
}

class NotReadyToPublishError extends HttpError {
  constructor(problems: string[]) {
    super(400, `The course is not ready to publish: ${problems.join(' ')}`, 'NotReadyToPublish', {}, { problems });
  }
}

export const adminCoursesRoutes = new Hono<AuthoringEnv>()
  .get('/admin/courses', requireAdmin, async (c) => {
    const { limit, cursor } = parseInput(listQuery, c.req.query());
    const { courses, mediaBaseUrl } = c.get('deps');
    const page = await courses.listAll(limit, cursor ? decodeCursor(cursor, listCursorSchema) : undefined);
    return c.json(
      adminCourseListSchema.parse({
        items: page.items.map((course) => ({
          ...toCourseSummary(course, mediaBaseUrl),
          status: course.status,
          updatedAt: course.updatedAt ?? course.createdAt,
          lessonCount: course.sections.reduce((n, s) => n + s.lessons.length, 0),
        })),
        nextCursor: page.next ? encodeCursor(page.next) : null,
      }),
    );
  })
  .post('/admin/courses', requireAdmin, async (c) => {
    const draft = await parseJsonBody(c, courseDraftRequestSchema);
    const { courses, users, mediaBaseUrl } = c.get('deps');
    const teacherId = c.get('principal')!.userId;
    const author = await users.get(teacherId);
    const now = new Date().toISOString();
    // Shown as "Taught by …": the author's teacher profile (account name until they write one).
    const course: CourseRecord = withTeacher(
      { ...draft, courseId: newCourseId(draft.title), teacherId, teacherName: '', status: 'draft', createdAt: now, updatedAt: now, version: 1, sections: [] },
      profileOf(author),
    );
    await courses.createIfAbsent(course);
    return c.json<AdminCourse>(toAdminCourse(course, mediaBaseUrl), 201);
  })
  .get('/admin/courses/:courseId', requireAdmin, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    return c.json<AdminCourse>(await adminCourseView(c, await loadCourse(c, courseId)));
  })
  .patch('/admin/courses/:courseId', requireAdmin, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const { version, ...changes } = await parseJsonBody(c, courseUpdateRequestSchema);
    return c.json<AdminCourse>(await editCourse(c, courseId, version, (course) => ({ ...course, ...changes })));
  })
  .delete('/admin/courses/:courseId', requireAdmin, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const course = await loadCourse(c, courseId);
    if (course.status === 'published') throw new ConflictError('Unpublish the course before deleting it', 'CoursePublished');
    const { courses, enrollments, storage } = c.get('deps');
    await courses.delete(courseId);
    // Enrollments outlive the course (payments name them); they leave "My courses".
    await enrollments.refreshCourseCopies(courseId, 'removed');
    // The record is gone first, so a failure below leaves only unreferenced files, never a course without its media.
    if (course.thumbnailKey) await storage.deleteObject(course.thumbnailKey);
    await deleteLessonFiles(storage, courseId, course.sections.flatMap((s) => s.lessons));
    return c.body(null, 204);
  })
  .post('/admin/courses/:courseId/publish', requireAdmin, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const { version } = await parseJsonBody(c, versionOnlyRequestSchema);
    return c.json<AdminCourse>(
      await editCourse(c, courseId, version, (course) => {
        const problems = publishProblems(course);
        if (problems.length) throw new NotReadyToPublishError(problems);
        return { ...course, status: 'published', publishedAt: course.publishedAt ?? new Date().toISOString() };
      }),
    );
  })
  .post('/admin/courses/:courseId/unpublish', requireAdmin, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const { version } = await parseJsonBody(c, versionOnlyRequestSchema);
    return c.json<AdminCourse>(await editCourse(c, courseId, version, (course) => ({ ...course, status: 'draft' })));
  })
  .post('/admin/courses/:courseId/sections', requireAdmin, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const { title, version } = await parseJsonBody(c, titleRequestSchema);
    return c.json<AdminCourse>(await editCourse(c, courseId, version, (course) => addSection(course, title).course), 201);
  })
  .patch('/admin/courses/:courseId/sections/:sectionId', requireAdmin, async (c) => {
    const { courseId, sectionId } = parseInput(sectionParams, c.req.param());
    const { title, version } = await parseJsonBody(c, titleRequestSchema);
    return c.json<AdminCourse>(await editCourse(c, courseId, version, (course) => renameSection(course, sectionId, title)));
  })
  .delete('/admin/courses/:courseId/sections/:sectionId', requireAdmin, async (c) => {
    const { courseId, sectionId } = parseInput(sectionParams, c.req.param());
    const { version } = parseInput(versionQuery, c.req.query());
    return c.json<AdminCourse>(await editRemovingLessons(c, courseId, version, (course) => removeSection(course, sectionId)));
  })
  .post('/admin/courses/:courseId/sections/:sectionId/lessons', requireAdmin, async (c) => {
    const { courseId, sectionId } = parseInput(sectionParams, c.req.param());
    const { title, version } = await parseJsonBody(c, titleRequestSchema);
    return c.json<AdminCourse>(await editCourse(c, courseId, version, (course) => addLesson(course, sectionId, title).course), 201);
  })
  .patch('/admin/courses/:courseId/lessons/:lessonId', requireAdmin, async (c) => {
    const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
    const { version, ...changes } = await parseJsonBody(c, lessonUpdateRequestSchema);
    return c.json<AdminCourse>(await editCourse(c, courseId, version, (course) => updateLesson(course, lessonId, changes)));
  })
  .put('/admin/courses/:courseId/lessons/:lessonId/sync', requireAdmin, async (c) => {
    const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
    const { version, ...sync } = await parseJsonBody(c, syncRequestSchema);
    return c.json<AdminCourse>(await editCourse(c, courseId, version, (course) => setLessonSync(course, lessonId, sync)));
  })
  .delete('/admin/courses/:courseId/lessons/:lessonId', requireAdmin, async (c) => {
    const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
    const { version } = parseInput(versionQuery, c.req.query());
    return c.json<AdminCourse>(await editRemovingLessons(c, courseId, version, (course) => removeLesson(course, lessonId)));
  })
  .put('/admin/courses/:courseId/outline', requireAdmin, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const { version, sections } = await parseJsonBody(c, outlineRequestSchema);
    return c.json<AdminCourse>(await editCourse(c, courseId, version, (course) => reorder(course, sections)));
  })
  .delete('/admin/courses/:courseId/lessons/:lessonId/materials/:materialId', requireAdmin, async (c) => {
    const { courseId, lessonId, materialId } = parseInput(materialParams, c.req.param());
    const { version } = parseInput(versionQuery, c.req.query());
    let removedKey: string | undefined;
    const updated = await editCourse(c, courseId, version, (course) => {
      const result = removeMaterial(course, lessonId, materialId);
      removedKey = result.removed.key;
      return result.course;
    });
    if (removedKey) await c.get('deps').storage.deleteObject(removedKey);
    return c.json<AdminCourse>(updated);
  });
