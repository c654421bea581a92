import { randomBytes } from 'node:crypto';
import { createDeps } from '../app/api-deps';
import type { apiClient } from './api-client';
import type { TestStack } from './test-stack';

const PASSWORD = 'Practice!123';

/** A new confirmed student, signed in: the way a browser gets there (sign-up, mailed code, sign-in). */
export async function signUpStudent(stack: TestStack, api: ReturnType<typeof apiClient>): Promise<{ token: string; userId: string }> {
  const email = `s-${randomBytes(4).toString('hex')}@example.com`;
  await api.post('/api/auth/signup', { email, password: PASSWORD, name: 'Student' });
  const code = /(\d{6})/.exec(stack.mailbox.list(email)[0]!.text)![1];
  await api.post('/api/auth/confirm', { email, code });
  const token = (await api.post<{ accessToken: string }>('/api/auth/signin', { email, password: PASSWORD })).body.accessToken;
  return { token, userId: (await api.get<{ userId: string }>('/api/auth/me', token)).body.userId };
}

/** The administrator's access token. */
export async function signInAdmin(api: ReturnType<typeof apiClient>, admin: { email: string; password: string }): Promise<string> {
  return (await api.post<{ accessToken: string }>('/api/auth/signin', admin)).body.accessToken;
}

/** Two new students: one enrolled in the course (as a purchase would), one not. */
export async function enrolledAndStranger(
  stack: TestStack,
  api: ReturnType<typeof apiClient>,
  courseId: string,
): Promise<{ enrolled: { token: string; userId: string }; stranger: { token: string; userId: string } }> {
  const enrolled = await signUpStudent(stack, api);
  const stranger = await signUpStudent(stack, api);
  await createDeps(stack.config).enrollments.grant(enrolled.userId, courseId, `pi_${enrolled.userId}`);
  return { enrolled, stranger };
}
