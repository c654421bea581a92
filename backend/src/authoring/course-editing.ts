import type { Context } from 'hono';
import type { AdminCourse } from '@lessonstage/shared';
import type { CourseRecord } from '../courses/course.record';
import { copyChange } from '../enrollments/course-copy';
import type { AuthoringEnv } from './authoring.deps';
import { ConflictError, NotFoundError } from '../lib/http/http-errors';
import { adminCourseView } from './admin-course-view';

export async function loadCourse(c: Context<AuthoringEnv>, courseId: string): Promise<CourseRecord> {
  const course = await c.get('deps').courses.get(courseId);
  if (!course) throw new NotFoundError('Course not found');
  return course;
}

/** Applies an edit made against `version` with one conditional write; answers the new course. */
export async function editCourse(
  c: Context<AuthoringEnv>,
  courseId: string,
  version: number,
  edit: (course: CourseRecord) => CourseRecord,
): Promise<AdminCourse> {
  const { courses } = c.get('deps');
  const course = await loadCourse(c, courseId);
  const saved = await courses.replace(edit(course), version);
  await refreshEnrollments(c, course, saved);
  return adminCourseView(c, saved);
}

/**
 * For changes that do not come from the editor's form (a finished upload): re-reads and retries
 * when a concurrent edit won, so the upload is recorded without asking anyone to reload.
 */
export async function editLatest(c: Context<AuthoringEnv>, courseId: string, edit: (course: CourseRecord) => CourseRecord): Promise<CourseRecord> {
  const { courses } = c.get('deps');
  for (let attempt = 0; ; attempt++) {
    const course = await loadCourse(c, courseId);
    try {
      const saved = await courses.replace(edit(course), course.version ?? 0);
      await refreshEnrollments(c, course, saved);
      return saved;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 4) throw error;
    }
  }
}

/**
 * Every save that changes what "My courses" shows of the course (summary, lesson count) or
 * removes a lesson refreshes the copy on each enrollment of it; most edits change neither.
 */
async function refreshEnrollments(c: Context<AuthoringEnv>, before: CourseRecord, saved: CourseRecord): Promise<void> {
  const change = copyChange(before, saved);
  if (change) await c.get('deps').enrollments.refreshCourseCopies(saved.courseId, { ...change, version: saved.version ?? 0 });
}
