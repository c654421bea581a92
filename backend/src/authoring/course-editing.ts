import type { Context } from 'hono';
import type { AdminCourse } from '@lessonstage/shared';
import type { CourseRecord } from '../courses/course.record';
import { copyChange } from '../enrollments/course-copy';
import type { AuthoringEnv } from './authoring.deps';
import { ConflictError, NotFoundError } from '../lib/http/http-errors';
import { toAdminCourse } from './admin-course.mapper';

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
  const { courses, mediaBaseUrl } = c.get('deps');
  const course = await loadCourse(c, courseId);
  const saved = await courses.replace(edit(course), version);
  await refreshEnrollments(c, course, saved);
  return toAdminCourse(saved, mediaBaseUrl, await c.get('deps').transcodes.latestForCourse(courseId));
}

/** The editor's view of a stored course, with each lesson's newest transcode. */
export async function adminView(c: Context<AuthoringEnv>, course: CourseRecord): Promise<AdminCourse> {
  const { transcodes, mediaBaseUrl } = c.get('deps');
  return toAdminCourse(course, mediaBaseUrl, await transcodes.latestForCourse(course.courseId));
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
