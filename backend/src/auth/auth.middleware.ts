import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../lib/http/api-env';
import { ForbiddenError, UnauthorizedError } from '../lib/http/http-errors';
import { readAccessToken } from './session-cookies';

/** Requires a valid access or ID token (Bearer header or session cookie) and records the caller. */
export const requireUser: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const token = readAccessToken(c);
  if (!token) throw new UnauthorizedError();
  c.set('principal', await c.get('deps').tokens.verifyAccessOrIdToken(token));
  await next();
};

/** Like requireUser, and the caller must be in the Cognito `admin` group. */
export const requireAdmin: MiddlewareHandler<ApiEnv> = async (c, next) => {
  await requireUser(c, async () => {
    if (c.get('principal')?.role !== 'admin') throw new ForbiddenError('Administrators only');
    await next();
  });
};

/** Records the caller when a token is present (a bad token is still a 401); anonymous otherwise. */
export const optionalUser: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const token = readAccessToken(c);
  if (token) c.set('principal', await c.get('deps').tokens.verifyAccessOrIdToken(token));
  await next();
};
