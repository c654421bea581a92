import { describe, expect, it } from 'vitest';
import { ACCESS_COOKIE as BACKEND_ACCESS_COOKIE } from '../../backend/src/auth/session-cookies';
import { ACCESS_COOKIE, API_TOKEN_FUNCTION, AUTHORIZER_TOKEN_HEADER, MEDIA_PREFIX_FUNCTION, SPA_REWRITE_FUNCTION } from '../lib/cdn-functions';

interface CfRequest {
  uri: string;
  headers: Record<string, { value: string }>;
  cookies: Record<string, { value: string }>;
}

/** Runs CloudFront Function source the way CloudFront does: a global `handler(event)`. */
function run(source: string, request: Partial<CfRequest>): CfRequest {
  const handler = new Function(`${source}\nreturn handler;`)() as (event: unknown) => CfRequest;
  return handler({ version: '1.0', request: { uri: '/', headers: {}, cookies: {}, querystring: {}, method: 'GET', ...request } });
}

describe('SPA rewrite (default behaviour)', () => {
  it.each(['/', '/courses', '/courses/intro-guitar', '/account/settings/'])('serves index.html for the Angular route %s', (uri) => {
    expect(run(SPA_REWRITE_FUNCTION, { uri }).uri).toBe('/index.html');
  });

  it.each(['/main-ABC123.js', '/favicon.ico', '/media/font-X.woff2'])('leaves the file %s alone', (uri) => {
    expect(run(SPA_REWRITE_FUNCTION, { uri }).uri).toBe(uri);
  });
});

describe('media prefix (/media/public/*)', () => {
  it('maps the URL to the content bucket key under public/', () => {
    expect(run(MEDIA_PREFIX_FUNCTION, { uri: '/media/public/thumbnails/c1.svg' }).uri).toBe('/public/thumbnails/c1.svg');
  });
});

describe('API token hand-over (/api/*)', () => {
  it('uses the backend cookie name', () => {
    expect(ACCESS_COOKIE).toBe(BACKEND_ACCESS_COOKIE);
  });

  it('copies the session cookie into the authorizer header, leaving Authorization untouched', () => {
    const request = run(API_TOKEN_FUNCTION, { cookies: { [ACCESS_COOKIE]: { value: 'jwt-from-cookie' } } });
    expect(request.headers[AUTHORIZER_TOKEN_HEADER]).toEqual({ value: 'jwt-from-cookie' });
    expect(request.headers.authorization).toBeUndefined();
  });

  it('prefers a Bearer token', () => {
    const request = run(API_TOKEN_FUNCTION, {
      headers: { authorization: { value: 'Bearer jwt-from-header' } },
      cookies: { [ACCESS_COOKIE]: { value: 'jwt-from-cookie' } },
    });
    expect(request.headers[AUTHORIZER_TOKEN_HEADER]).toEqual({ value: 'jwt-from-header' });
  });

  it('drops a header the client set itself', () => {
    const request = run(API_TOKEN_FUNCTION, { headers: { [AUTHORIZER_TOKEN_HEADER]: { value: 'forged' } } });
    expect(request.headers[AUTHORIZER_TOKEN_HEADER]).toBeUndefined();
  });
});
