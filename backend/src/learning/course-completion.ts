import { issueIfComplete } from '../certificates/certificate-issuing';
import type { CourseRecord } from '../courses/course.record';
import { logger } from '../lib/observability/logger';
import type { LearningDeps } from './learning.deps';

/**
 * After a lesson is marked completed: the course's certificate, if that was the last lesson. A
 * failure is logged and never fails the progress save; the next completion tries again.
 */
export async function issueCertificateIfDone(deps: LearningDeps, userId: string, course: CourseRecord): Promise<void> {
  try {
    const completed = (await deps.progress.forCourse(userId, course.courseId)).filter((p) => p.completed).map((p) => p.lessonId);
    await issueIfComplete(deps, userId, course, new Set(completed));
  } catch (error) {
    logger.error('certificate not issued; the next completion retries', { userId, courseId: course.courseId, error: error as Error });
  }
}
