import { DOMAINS } from './domains';

export interface ApiRoute {
  readonly domain: string;
  readonly method: string;
  /** Hono path, e.g. /api/courses/:courseId */
  readonly path: string;
}

/** Every route the API serves, read from the routers themselves so infrastructure cannot drift. */
export const API_ROUTES: readonly ApiRoute[] = DOMAINS.flatMap((domain) =>
  domain.routes.routes
    .filter((route) => route.method !== 'ALL')
    .map((route) => ({ domain: domain.name, method: route.method, path: `/api${route.path}` })),
);

export const DOMAIN_NAMES: readonly string[] = DOMAINS.map((domain) => domain.name);
