import type { MiddlewareHandler } from 'hono';
import type { DomainEnv } from '../lib/http/domain-env';
import { ForbiddenError, UnauthorizedError } from '../lib/http/http-errors';
import { readAccessToken } from './session-cookies';
import type { TokenVerifier } from './token-verifier';

/** What the guards use: a domain with signed-in routes states it among its own deps. */
export interface GuardDeps {
  readonly tokens: TokenVerifier;
}

type Guard = MiddlewareHandler<DomainEnv<GuardDeps>>;

/** Requires a valid access or ID token (Bearer header or session cookie) and records the caller. */
export const requireUser: Guard = async (c, next) => {
  const token = readAccessToken(c);
  if (!token) throw new UnauthorizedError();
  c.set('principal', await c.get('deps').tokens.verifyAccessOrIdToken(token));
  await next();
};

/** Like requireUser, and the caller must be in the Cognito `admin` group. */
export const requireAdmin: Guard = async (c, next) => {
  await requireUser(c, async () => {
    if (c.get('principal')?.role !== 'admin') throw new ForbiddenError('Administrators only');
    await next();
  });
};

/** Records the caller when a token is present (a bad token is still a 401); anonymous otherwise. */
export const optionalUser: Guard = async (c, next) => {
  const token = readAccessToken(c);
  if (token) c.set('principal', await c.get('deps').tokens.verifyAccessOrIdToken(token));
  await next();
};
