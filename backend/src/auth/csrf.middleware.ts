import { timingSafeEqual, randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { ForbiddenError } from '../lib/http/http-errors';
import { ACCESS_COOKIE, REFRESH_COOKIE, XSRF_COOKIE, XSRF_HEADER } from './session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Double-submit CSRF defence for cookie sessions. A state-changing request that rides on a
 * session cookie must echo the XSRF-TOKEN cookie in X-XSRF-TOKEN, which only same-origin script
 * can read. Requests with a Bearer token carry no ambient credentials and need no check.
 *
 * The cookie is handed out with the answer to any request that has a session or may start one
 * (any state-changing request, sign-in among them), not to anonymous reads: browsing the catalog
 * sets no cookie, and those answers cost no random token each.
 */
export function csrfProtection(secure: boolean): MiddlewareHandler {
  return async (c, next) => {
    const cookieToken = getCookie(c, XSRF_COOKIE);
    const usesSessionCookie = Boolean(getCookie(c, ACCESS_COOKIE) || getCookie(c, REFRESH_COOKIE));
    if (!SAFE_METHODS.has(c.req.method) && usesSessionCookie && !c.req.header('authorization')) {
      const headerToken = c.req.header(XSRF_HEADER);
      if (!cookieToken || !headerToken || !sameToken(cookieToken, headerToken)) {
        throw new ForbiddenError('Missing or wrong X-XSRF-TOKEN header', 'CsrfTokenMismatch');
      }
    }
    await next();
    if (!cookieToken && (usesSessionCookie || !SAFE_METHODS.has(c.req.method))) {
      setCookie(c, XSRF_COOKIE, randomBytes(24).toString('base64url'), { secure, sameSite: 'Strict', path: '/' });
    }
  };
}
