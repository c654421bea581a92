import { optionalUser, requireAdmin, requireUser } from './auth/auth.middleware';
import { DOMAINS } from './app/functions';

/** Who may call a route, read from the middleware the route itself runs. */
export type RouteAccess = 'public' | 'optional-user' | 'user' | 'admin';

export interface ApiRoute {
  readonly domain: string;
  readonly method: string;
  /** Hono path, e.g. /api/courses/:courseId */
  readonly path: string;
  readonly access: RouteAccess;
}

function accessOf(handlers: readonly unknown[]): RouteAccess {
  if (handlers.includes(requireAdmin)) return 'admin';
  if (handlers.includes(requireUser)) return 'user';
  if (handlers.includes(optionalUser)) return 'optional-user';
  return 'public';
}

/**
 * Every route the API serves, read from the routers themselves (with the guard each one runs),
 * so neither the infrastructure nor the access-control tests can drift from the code.
 */
export const API_ROUTES: readonly ApiRoute[] = DOMAINS.flatMap((domain) => {
  const byRoute = new Map<string, { method: string; path: string; handlers: unknown[] }>();
  for (const route of domain.routes.routes) {
    if (route.method === 'ALL') continue;
    const key = `${route.method} ${route.path}`;
    const entry = byRoute.get(key) ?? { method: route.method, path: route.path, handlers: [] };
    entry.handlers.push(route.handler);
    byRoute.set(key, entry);
  }
  return [...byRoute.values()].map(({ method, path, handlers }) => ({
    domain: domain.name,
    method,
    path: `/api${path}`,
    access: accessOf(handlers),
  }));
});

export const DOMAIN_NAMES: readonly string[] = DOMAINS.map((domain) => domain.name);

/** The header CloudFront must add to API requests (the infrastructure sets it on the origin). */
export { ORIGIN_VERIFY_HEADER } from './lib/http/origin-verify.middleware';
