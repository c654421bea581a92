import type { CourseRecord, LessonRecord } from '../courses/course.record';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import { ForbiddenError, NotFoundError } from '../lib/http/http-errors';
import type { Principal } from '../lib/http/principal';
import { findLesson } from '../media/lesson-access';
import type { CoursesRepository } from '../courses/courses.repository';
import type { SubmissionRecord } from './submission.record';

/** Not yours and not shared with you: the same 404 as one that does not exist, so ids reveal nothing. */
export const NOT_FOUND = 'Submission not found';

/**
 * The lesson a take is sent on (or its list read): enrolled students and admins only. Unlike a
 * lesson's media, a free preview does not open it: the exchange is part of what a course sells.
 */
export async function enrolledLesson(
  deps: { readonly courses: CoursesRepository; readonly enrollments: EnrollmentsRepository },
  principal: Principal,
  courseId: string,
  lessonId: string,
): Promise<{ course: CourseRecord; lesson: LessonRecord }> {
  const target = findLesson(await deps.courses.get(courseId), lessonId, principal);
  if (principal.role !== 'admin' && !(await deps.enrollments.isActive(principal.userId, courseId))) {
    throw new ForbiddenError('Enroll in this course to send your playing to the teacher', 'NotEnrolled');
  }
  return target;
}

/** Its student always; admins (the teachers) always; a shared one every enrolled student of its course. */
export async function assertMaySee(submission: SubmissionRecord | undefined, principal: Principal, enrollments: EnrollmentsRepository): Promise<SubmissionRecord> {
  if (!submission) throw new NotFoundError(NOT_FOUND);
  if (submission.userId === principal.userId || principal.role === 'admin') return submission;
  if (submission.shared && (await enrollments.isActive(principal.userId, submission.courseId))) return submission;
  throw new NotFoundError(NOT_FOUND);
}
