import type { CourseRecord } from '../courses/course.record';
import { ForbiddenError, NotFoundError } from '../lib/http/http-errors';
import type { Principal } from '../lib/http/principal';
import type { DiscussionsDeps } from './discussions.deps';

/**
 * A course's discussion is for its enrolled students, its teachers and admins (teachers are
 * admins). A draft exists only for admins; anyone else enrolled nowhere near it gets a 403.
 */
export async function assertMayDiscuss(deps: Pick<DiscussionsDeps, 'courses' | 'enrollments'>, courseId: string, principal: Principal): Promise<CourseRecord> {
  const course = await deps.courses.get(courseId);
  const visible = course && (course.status === 'published' || principal.role === 'admin');
  if (!visible) throw new NotFoundError('Course not found');
  if (principal.role === 'admin') return course;
  if (await deps.enrollments.isActive(principal.userId, courseId)) return course;
  throw new ForbiddenError('Enroll in this course to join its discussion', 'NotEnrolled');
}

/** Posts are edited only by their authors. */
export function assertAuthor(authorId: string, principal: Principal): void {
  if (authorId !== principal.userId) throw new ForbiddenError('Only its author may change this post', 'NotAuthor');
}

/** Posts are deleted by their authors, and by teachers (admins) whoever wrote them. */
export function assertMayDelete(authorId: string, principal: Principal): void {
  if (principal.role !== 'admin') assertAuthor(authorId, principal);
}
