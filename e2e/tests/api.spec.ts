import { expect, test } from '@playwright/test';

test('bad input to the API is a 400 with a JSON error, never a 500', async ({ request }) => {
  for (const query of ['limit=abc', 'limit=100000', 'cursor=garbage']) {
    const response = await request.get(`/api/courses?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).error).toMatch(/^(limit|cursor):/);
  }
  const unknown = await request.get('/api/courses/nope');
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: 'Course not found' });
});
