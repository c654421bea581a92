import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@lessonstage/shared';
import { startTestStack, type TestStack } from '../testing/test-stack';

describe('local web server', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
  });

  afterAll(() => stack.dispose());

  it.each(['/', '/courses/demo-drums-groove', '/api/health', '/api/courses', '/media/public/thumbnails/demo-drums-groove.svg'])(
    'sends the security headers of the CloudFront policy on %s',
    async (path) => {
      const response = await fetch(`${stack.url}${path}`);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    },
  );

  it('compresses JSON for a client that takes gzip, and says Vary: Accept-Encoding either way', async () => {
    const gzip = await fetch(`${stack.url}/api/courses`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('vary')).toBe('Accept-Encoding');
    expect(((await gzip.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);

    const plain = await fetch(`${stack.url}/api/courses`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(((await plain.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it('answers an unknown API path with a JSON 404, not the web app', async () => {
    const response = await fetch(`${stack.url}/api/nothing/here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: expect.any(String) });
  });

  it('serves only the public/ prefix of the bucket as media', async () => {
    expect((await fetch(`${stack.url}/media/public/thumbnails/demo-drums-groove.svg`)).status).toBe(200);
    // Lesson videos are not media: those paths fall through to the web app, as on CloudFront.
    for (const path of ['/media/courses/demo-drums-groove/lessons/s1l1/video/demo.mp4', '/media/public/%2e%2e/courses/demo-drums-groove/lessons/s1l1/video/demo.mp4']) {
      const response = await fetch(`${stack.url}${path}`);
      expect(response.headers.get('content-type') ?? '').not.toMatch(/video/);
    }
  });
});
