import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN } from '../local/local-config';
import { API_ROUTES } from '../route-list';
import { apiClient } from '../testing/api-client';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** Every admin route × {anonymous, student, admin}: generated from the route list, so a new route is covered. */
describe('admin routes access matrix', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let student: string;
  let admin: string;
  const adminRoutes = API_ROUTES.filter((route) => route.access === 'admin');

  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack.url);
    const email = `s-${randomBytes(4).toString('hex')}@example.com`;
    await api.post('/api/auth/signup', { email, password: 'Practice!123', name: 'S' });
    await api.post('/api/auth/confirm', { email, code: /(\d{6})/.exec(stack.mailbox.list(email)[0]!.text)![1] });
    student = ((await api.post('/api/auth/signin', { email, password: 'Practice!123' })).body as { accessToken: string }).accessToken;
    admin = ((await api.post('/api/auth/signin', { email: DEFAULT_ADMIN.email, password: DEFAULT_ADMIN.password })).body as { accessToken: string }).accessToken;
  });

  afterAll(() => stack.dispose());

  it('covers the admin API', () => {
    expect(adminRoutes.length).toBeGreaterThanOrEqual(15);
  });

  for (const route of adminRoutes) {
    it(`${route.method} ${route.path}: anonymous 401, student 403, admin passes the guard`, async () => {
      const path = route.path.replace(/:(\w+)/g, 'unknown-$1');
      const body = ['GET', 'DELETE'].includes(route.method) ? undefined : {};
      expect((await api.request(route.method, path, { body })).status).toBe(401);
      expect((await api.request(route.method, path, { body, token: student })).status).toBe(403);
      const asAdmin = await api.request(route.method, path, { body, token: admin });
      expect([200, 201, 204, 400, 404]).toContain(asAdmin.status);
    });
  }
});
