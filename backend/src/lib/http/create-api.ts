import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ApiDeps, ApiEnv } from './api-env';
import { errorHandler, notFoundHandler } from './error-handler';
import { csrfProtection } from '../../auth/csrf.middleware';
import { apiBodyLimit } from './body-limit.middleware';
import { originVerify } from './origin-verify.middleware';
import type { Domain } from './domain';

/**
 * The API as one Hono app: the given domains mounted under /api, JSON errors, security headers,
 * a body size limit.
 * Lambda mounts one domain per function; the local server mounts them all.
 */
export function createApi(deps: ApiDeps, domains: readonly Domain[]): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  // The values of CloudFront's response headers policy (cdn.construct.ts), so the two agree
  // whichever sets its headers last.
  app.use('*', secureHeaders({ xFrameOptions: 'DENY', referrerPolicy: 'strict-origin-when-cross-origin' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('/api/*', apiBodyLimit());
  app.use('/api/*', originVerify(deps.originVerifySecret));
  app.use('/api/*', csrfProtection(deps.auth.secureCookies));
  for (const domain of domains) app.route('/api', domain.routes);
  app.onError(errorHandler);
  app.notFound(notFoundHandler);
  return app;
}
