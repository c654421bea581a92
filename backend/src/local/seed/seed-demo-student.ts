import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { issueIfComplete } from '../../certificates/certificate-issuing';
import type { ApiDeps } from '../../app/api-deps';
import { FREE_ENROLLMENT } from '../../enrollments/enrollment.record';
import { ensureConfirmedAccount } from './seed-admin';

/** The demo course the demo student has finished (free, so no payment stands behind it). */
export const DEMO_COMPLETED_COURSE = 'demo-voice-warmups';

/**
 * A demo student who has completed every lesson of one course and so holds its certificate: the
 * certificates show on first start. Idempotent like the rest of the seed. Returns the student's id
 * (undefined without the demo catalog).
 */
export async function seedDemoStudent(
  cognito: CognitoIdentityProviderClient,
  deps: Pick<ApiDeps, 'users' | 'enrollments' | 'progress' | 'courses' | 'certificates'>,
  userPool: { userPoolId: string; clientId: string },
  student: { email: string; password: string; name: string },
): Promise<string | undefined> {
  const course = await deps.courses.get(DEMO_COMPLETED_COURSE);
  if (!course) return undefined;
  const userId = await ensureConfirmedAccount(cognito, userPool.userPoolId, userPool.clientId, student);
  await deps.users.createIfAbsent({ userId, email: student.email.toLowerCase(), name: student.name, role: 'student', createdAt: new Date().toISOString() });
  await deps.enrollments.grant(userId, course.courseId, FREE_ENROLLMENT);
  if (await deps.certificates.get(userId, course.courseId)) return userId;
  const lessons = course.sections.flatMap((section) => section.lessons);
  for (const lesson of lessons) await deps.progress.save(userId, course.courseId, lesson.lessonId, lesson.durationSec, true);
  await issueIfComplete(deps, userId, course, new Set(lessons.map((lesson) => lesson.lessonId)));
  return userId;
}
