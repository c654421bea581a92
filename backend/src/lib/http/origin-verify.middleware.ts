import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from './http-errors';

/** The header CloudFront adds to every request it sends the API (infrastructure/lib/cdn.construct.ts). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * On AWS the HTTP API also answers on its own execute-api address, where neither the WAF nor
 * CloudFront stands in front and a caller could set CloudFront-Viewer-Address to dodge the
 * per-IP limits. With a secret configured, only requests that came through CloudFront (which
 * adds it) are served. The local server, which has no CloudFront, configures none.
 */
export function originVerify(secret: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (secret && !sameSecret(c.req.header(ORIGIN_VERIFY_HEADER) ?? '', secret)) {
      throw new ForbiddenError('Call the API through the site, not its AWS address', 'DirectAccessRefused');
    }
    await next();
  };
}
