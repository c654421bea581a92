import type { ApiRoute, RouteAccess } from '@lessonstage/backend/routes';

/**
 * Routes anyone may call without signing in, as API Gateway route keys. Every other route gets
 * the Cognito JWT authorizer: a new route is private at the gateway unless it is listed here on
 * purpose. Synthesis checks this list against the guard each backend route runs (ApiRoute.access).
 */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/health',
  // Catalog
  'GET /api/courses',
  'GET /api/courses/{courseId}',
  // A course's reviews, shown on its public page.
  'GET /api/courses/{courseId}/reviews',
  // Sign-up and sign-in: the caller has no session yet.
  'POST /api/auth/signup',
  'POST /api/auth/confirm',
  'POST /api/auth/resend',
  'POST /api/auth/signin',
  'POST /api/auth/mfa',
  'POST /api/auth/forgot',
  'POST /api/auth/reset',
  // Work with the refresh cookie: the access token may already have expired.
  'POST /api/auth/refresh',
  'POST /api/auth/signout',
  // Lesson media (optionalUser): free preview lessons open anonymously; the handler checks
  // enrollment for everything else.
  'GET /api/courses/{courseId}/lessons/{lessonId}/playback',
  'GET /api/courses/{courseId}/lessons/{lessonId}/materials/{materialId}',
  'GET /api/courses/{courseId}/lessons/{lessonId}/score',
  // Stripe calls it, with no session: the handler verifies the Stripe signature.
  'POST /api/payments/webhook',
  // The weekly e-mail's unsubscribe link (mail clients' one-click POST, the landing page): no
  // session, the handler verifies the signed token.
  'GET /api/practice/unsubscribe',
  'POST /api/practice/unsubscribe',
  // A certificate's public verification (the QR code's page): names and dates only.
  'GET /api/certificates/{certificateId}',
]);

/**
 * Routes under this prefix are administrators' only. Their guard may be router-wide middleware
 * (`.use('/admin/*', requireAdmin)`), which ApiRoute.access cannot see, so the path decides.
 */
export const ADMIN_PATH_PREFIX = '/api/admin/';

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const STRICTNESS: readonly RouteAccess[] = ['public', 'optional-user', 'user', 'admin'];

/** Converts a Hono path to an API Gateway path: `/api/courses/:courseId` → `/api/courses/{courseId}`. */
export function toApiGatewayPath(honoPath: string): string {
  const segments = honoPath.split('/').map((segment) => {
    if (segment === '*') return '{proxy+}';
    if (!segment.startsWith(':')) {
      if (/[:{}*]/.test(segment)) throw new Error(`Unsupported Hono path segment "${segment}" in ${honoPath}`);
      return segment;
    }
    // `:id{[0-9]+}` carries a regex constraint API Gateway cannot express: the handler still validates it.
    const name = segment.slice(1).replace(/\{.*\}$/, '');
    if (name.endsWith('?')) throw new Error(`Optional parameter in ${honoPath}: declare both routes explicitly`);
    if (!/^\w+$/.test(name)) throw new Error(`Unsupported path parameter "${segment}" in ${honoPath}`);
    return `{${name}}`;
  });
  return segments.join('/');
}

/** The API Gateway route key of a backend route, e.g. `GET /api/courses/{courseId}`. */
export function routeKey(route: Pick<ApiRoute, 'method' | 'path'>): string {
  const method = route.method.toUpperCase();
  if (!HTTP_METHODS.has(method)) throw new Error(`Unsupported HTTP method ${route.method} for ${route.path}`);
  return `${method} ${toApiGatewayPath(route.path)}`;
}

/** A deployed route: its API Gateway key, the domain (Lambda) that serves it and its backend guard. */
export interface GatewayRoute {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly domain: string;
  readonly access: RouteAccess;
}

/**
 * The backend routes as API Gateway routes, one per key. Entries of the same key and domain
 * collapse (keeping the strictest guard); the same key in two domains is an error (one route, one Lambda).
 */
export function gatewayRoutes(routes: readonly ApiRoute[]): GatewayRoute[] {
  const byKey = new Map<string, GatewayRoute>();
  for (const route of routes) {
    const key = routeKey(route);
    const existing = byKey.get(key);
    if (existing && existing.domain !== route.domain) {
      throw new Error(`Route ${key} is served by two domains: ${existing.domain} and ${route.domain}`);
    }
    const access =
      existing && STRICTNESS.indexOf(existing.access) > STRICTNESS.indexOf(route.access) ? existing.access : route.access;
    byKey.set(key, { key, method: route.method.toUpperCase(), path: toApiGatewayPath(route.path), domain: route.domain, access });
  }
  return [...byKey.values()];
}

function isAdminPath(route: GatewayRoute): boolean {
  return `${route.path}/`.startsWith(ADMIN_PATH_PREFIX);
}

/**
 * Fails synthesis when PUBLIC_ROUTES lists a route the backend does not serve (a stale entry
 * would silently make a future route of that key public), a route whose handler requires a user
 * or an administrator, or an admin route.
 */
export function assertPublicRoutes(routes: readonly GatewayRoute[], publicRoutes: ReadonlySet<string>): void {
  const byKey = new Map(routes.map((route) => [route.key, route]));
  const problems = [...publicRoutes].flatMap((key) => {
    const route = byKey.get(key);
    if (!route) return [`${key}: the backend serves no such route`];
    if (route.access === 'user' || route.access === 'admin') return [`${key}: its handler requires ${route.access === 'user' ? 'a user' : 'an administrator'}`];
    if (isAdminPath(route)) return [`${key}: routes under ${ADMIN_PATH_PREFIX} are never public`];
    return [];
  });
  if (problems.length) throw new Error(`PUBLIC_ROUTES (infrastructure/lib/api-routes.ts) is wrong:\n  ${problems.join('\n  ')}`);
}

/**
 * Routes whose handler lets anonymous callers in but which PUBLIC_ROUTES does not list: the
 * gateway would answer them 401 without a token. Either list them or guard them in the backend.
 */
export function unlistedOpenRoutes(routes: readonly GatewayRoute[], publicRoutes: ReadonlySet<string>): GatewayRoute[] {
  return routes.filter(
    (route) => (route.access === 'public' || route.access === 'optional-user') && !publicRoutes.has(route.key) && !isAdminPath(route),
  );
}
