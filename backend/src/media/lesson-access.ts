import type { Principal } from '../lib/http/principal';
import type { CourseRecord, LessonRecord } from '../courses/course.record';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../lib/http/http-errors';

export interface LessonInCourse {
  readonly course: CourseRecord;
  readonly lesson: LessonRecord;
}

/** Finds a lesson of a course; drafts exist only for admins. Unknown ids are one 404. */
export function findLesson(course: CourseRecord | undefined, lessonId: string, principal?: Principal): LessonInCourse {
  const visible = course && (course.status === 'published' || principal?.role === 'admin');
  const lesson = visible ? course.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === lessonId) : undefined;
  if (!course || !lesson) throw new NotFoundError('Lesson not found');
  return { course, lesson };
}

/**
 * Who may open a lesson's media: anyone for a free preview, an admin, or a student with an
 * active enrollment in that very course. Anonymous → 401 (sign in), others → 403 (buy it).
 */
export async function assertMayOpenLesson(
  { course, lesson }: LessonInCourse,
  principal: Principal | undefined,
  enrollments: EnrollmentsRepository,
): Promise<void> {
  if (lesson.preview) return;
  if (!principal) throw new UnauthorizedError('Sign in to watch this lesson');
  if (principal.role === 'admin') return;
  if (await enrollments.isActive(principal.userId, course.courseId)) return;
  throw new ForbiddenError('Enroll in this course to watch this lesson', 'NotEnrolled');
}
