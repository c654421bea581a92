import { describe, expect, it } from 'vitest';
import { API_ROUTES } from './route-list';

describe('API_ROUTES', () => {
  it('lists each route once with the guard it runs', () => {
    const find = (method: string, path: string) => API_ROUTES.find((r) => r.method === method && r.path === path);
    expect(find('GET', '/api/courses')?.access).toBe('public');
    expect(find('GET', '/api/auth/me')?.access).toBe('user');
    expect(find('POST', '/api/admin/courses')?.access).toBe('admin');
    expect(find('GET', '/api/courses/:courseId/lessons/:lessonId/playback')?.access).toBe('optional-user');
    const keys = API_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('guards every admin path with the admin check', () => {
    const adminPaths = API_ROUTES.filter((r) => r.path.startsWith('/api/admin'));
    expect(adminPaths.length).toBeGreaterThan(10);
    expect(adminPaths.filter((r) => r.access !== 'admin')).toEqual([]);
  });
});
