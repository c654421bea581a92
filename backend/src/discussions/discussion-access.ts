import type { CourseRecord } from '../courses/course.record';
import { ForbiddenError, NotFoundError } from '../lib/http/http-errors';
import type { Principal } from '../lib/http/principal';
import type { DiscussionsDeps } from './discussions.deps';

/**
 * A course's discussion is for its enrolled students, its teachers and admins (teachers are
 * admins). A draft is a 404 to all but admins; a signed-in user not enrolled gets a 403.
 */
export async function assertMayDiscuss(deps: Pick<DiscussionsDeps, 'courses' | 'enrollments'>, courseId: string, principal: Principal): Promise<CourseRecord> {
  const admin = principal.role === 'admin';
  // The published course from the catalog's cache and the enrollment, read together: one round trip.
  const [published, enrolled] = await Promise.all([deps.courses.getPublished(courseId), admin || deps.enrollments.isActive(principal.userId, courseId)]);
  const course = published ?? (admin ? await deps.courses.get(courseId) : undefined);
  if (!course) throw new NotFoundError('Course not found');
  if (!enrolled) throw new ForbiddenError('Enroll in this course to join its discussion', 'NotEnrolled');
  return course;
}

/** Posts are edited only by their authors. */
export function assertAuthor(authorId: string, principal: Principal): void {
  if (authorId !== principal.userId) throw new ForbiddenError('Only its author may change this post', 'NotAuthor');
}

/** Posts are deleted by their authors, and by teachers (admins) whoever wrote them. */
export function assertMayDelete(authorId: string, principal: Principal): void {
  if (principal.role !== 'admin') assertAuthor(authorId, principal);
}
