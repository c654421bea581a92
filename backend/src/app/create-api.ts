import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { csrfProtection } from '../auth/csrf.middleware';
import type { AppConfig } from '../lib/config';
import { apiBodyLimit } from '../lib/http/body-limit.middleware';
import type { Domain } from '../lib/http/domain';
import type { DomainEnv } from '../lib/http/domain-env';
import { errorHandler, notFoundHandler } from '../lib/http/error-handler';
import { originVerify } from '../lib/http/origin-verify.middleware';

/** What the API's own middleware needs, whatever the domains. */
export interface ApiOptions {
  /** Session cookies get `Secure` everywhere but on the local http stack. */
  readonly secureCookies: boolean;
  /** The value CloudFront's x-origin-verify header must carry (AWS); none locally. */
  readonly originVerifySecret?: string;
}

/**
 * The API as one Hono app: the given domains mounted under /api over `deps`, JSON errors,
 * security headers, a body size limit. Lambda mounts one domain per function; the local server
 * mounts them all.
 */
export function createApi<Deps extends object>(options: ApiOptions, deps: Deps, domains: readonly Domain<Deps>[]): Hono<DomainEnv<Deps>> {
  const app = new Hono<DomainEnv<Deps>>();
  // The values of CloudFront's response headers policy (cdn.construct.ts), so the two agree
  // whichever sets its headers last.
  app.use('*', secureHeaders({ xFrameOptions: 'DENY', referrerPolicy: 'strict-origin-when-cross-origin' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('/api/*', apiBodyLimit());
  app.use('/api/*', originVerify(options.originVerifySecret));
  app.use('/api/*', csrfProtection(options.secureCookies));
  for (const domain of domains) app.route('/api', domain.routes);
  app.onError(errorHandler);
  app.notFound(notFoundHandler);
  return app;
}

export function apiOptions(config: AppConfig): ApiOptions {
  return { secureCookies: config.auth.secureCookies, originVerifySecret: config.originVerifySecret };
}
