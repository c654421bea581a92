import { Router, UrlTree } from '@angular/router';

export const SIGN_IN_PATH = '/signin';

/** Pages that make no sense to come back to after signing in. */
const AUTH_PAGES = ['/signin', '/signup', '/confirm', '/forgot', '/reset'];

/**
 * `url` when it is a path inside this app, otherwise '/'. A `returnUrl` arrives in the query
 * string, so anything that could leave the site ("//evil.example", "https://…", "/\\evil") is refused.
 */
export function safeReturnUrl(url: string | null | undefined): string {
  const candidate = url?.trim() ?? '';
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return '/';
  }
  return candidate;
}

/** Where an administrator lands when nothing asked for a page: their work is in the admin area, not the catalog. */
export const ADMIN_HOME = '/admin';

/**
 * Where to go once signed in: the requested page if it is safe and worth returning to, else
 * the admin area for administrators and home for everyone else.
 */
export function afterSignInUrl(returnUrl: string | null | undefined, role: string | undefined): string {
  const safe = safeReturnUrl(returnUrl);
  if (isReturnableUrl(safe)) {
    return safe;
  }
  return role === 'admin' ? ADMIN_HOME : '/';
}

/** Whether `url` is worth returning to after signing in (not home, not another auth page). */
export function isReturnableUrl(url: string): boolean {
  const path = url.split(/[?#]/)[0];
  return url !== '/' && !AUTH_PAGES.some((page) => path === page || path.startsWith(`${page}/`));
}

/** Query parameters that carry `url` through the sign-in pages; empty when not worth it. */
export function returnUrlParams(url: string | null | undefined): { returnUrl?: string } {
  const safe = safeReturnUrl(url);
  return isReturnableUrl(safe) ? { returnUrl: safe } : {};
}

/** /signin?returnUrl=<url>, for guards and the interceptor. */
export function signInUrlTree(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: returnUrlParams(returnUrl) });
}
