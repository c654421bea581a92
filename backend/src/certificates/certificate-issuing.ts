import { randomBytes } from 'node:crypto';
import type { CourseRecord } from '../courses/course.record';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import { logger } from '../lib/observability/logger';
import { countMetric } from '../lib/observability/metrics';
import type { UsersRepository } from '../users/users.repository';
import type { CertificateRecord } from './certificate.record';
import type { CertificatesRepository } from './certificates.repository';

/** What issuing reads and writes (the learning function, where lessons are completed). */
export interface CertificateIssuingDeps {
  readonly certificates: CertificatesRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly users: UsersRepository;
}

/** 96 random bits: the id is the public verification link, so it must not be guessable. */
export function newCertificateId(): string {
  return `cert_${randomBytes(12).toString('base64url')}`;
}

function allLessonsDone(course: CourseRecord, completedLessonIds: ReadonlySet<string>): boolean {
  const lessonIds = course.sections.flatMap((section) => section.lessons.map((lesson) => lesson.lessonId));
  return lessonIds.length > 0 && lessonIds.every((lessonId) => completedLessonIds.has(lessonId));
}

/**
 * Issues the student's certificate for `course` once every lesson is completed and the enrollment
 * is active; at most one per (user, course), even for concurrent completions (a conditional put).
 * Returns the certificate the student holds for the course, if any.
 */
export async function issueIfComplete(
  deps: CertificateIssuingDeps,
  userId: string,
  course: CourseRecord,
  completedLessonIds: ReadonlySet<string>,
): Promise<CertificateRecord | undefined> {
  if (!allLessonsDone(course, completedLessonIds)) return undefined;
  const existing = await deps.certificates.get(userId, course.courseId);
  if (existing) return existing;
  const [active, user] = await Promise.all([deps.enrollments.isActive(userId, course.courseId), deps.users.get(userId)]);
  if (!active) return undefined;
  if (!user) {
    logger.warn('certificate not issued: no user record', { userId, courseId: course.courseId });
    return undefined;
  }
  const { certificate, issued } = await deps.certificates.issue({
    userId,
    courseId: course.courseId,
    certificateId: newCertificateId(),
    studentName: user.name,
    courseTitle: course.title,
    teacherName: course.teacherName,
    issuedAt: new Date().toISOString(),
    status: 'valid',
  });
  if (issued) countMetric('CertificatesIssued');
  return certificate;
}
