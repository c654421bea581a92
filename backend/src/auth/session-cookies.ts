import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_HINT_COOKIE } from '@lessonstage/shared';
import type { AuthTokens } from './cognito-auth.gateway';

export const ACCESS_COOKIE = 'ls_access';
export const REFRESH_COOKIE = 'ls_refresh';
/** Read by Angular's HttpClient and echoed in X-XSRF-TOKEN (double-submit CSRF defence). */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

const REFRESH_MAX_AGE = 30 * 24 * 3600;
// The refresh token is only ever needed by the auth routes.
const REFRESH_PATH = '/api/auth';

/** Puts the session in httpOnly cookies: the browser app never holds a token in JavaScript. */
export function setSessionCookies(c: Context, tokens: AuthTokens, secure: boolean): void {
  setCookie(c, ACCESS_COOKIE, tokens.accessToken, { httpOnly: true, secure, sameSite: 'Lax', path: '/', maxAge: tokens.expiresIn });
  if (tokens.refreshToken) {
    setCookie(c, REFRESH_COOKIE, tokens.refreshToken, { httpOnly: true, secure, sameSite: 'Strict', path: REFRESH_PATH, maxAge: REFRESH_MAX_AGE });
    // Readable by the app on purpose, and as long-lived as the refresh cookie it stands for.
    setCookie(c, SESSION_HINT_COOKIE, '1', { httpOnly: false, secure, sameSite: 'Lax', path: '/', maxAge: REFRESH_MAX_AGE });
  }
}

export function clearSessionCookies(c: Context, secure: boolean): void {
  deleteCookie(c, ACCESS_COOKIE, { path: '/', secure });
  deleteCookie(c, REFRESH_COOKIE, { path: REFRESH_PATH, secure });
  deleteCookie(c, SESSION_HINT_COOKIE, { path: '/', secure });
}

export function readAccessToken(c: Context): string | undefined {
  const header = c.req.header('authorization');
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  return getCookie(c, ACCESS_COOKIE);
}

export function readRefreshCookie(c: Context): string | undefined {
  return getCookie(c, REFRESH_COOKIE);
}
