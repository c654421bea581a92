import { HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { throwError } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';

import { httpStatusOf } from '../http/api-error-message';
import { AUTH_URL } from './auth.api';
import { AuthStore } from './auth.store';
import { signInUrlTree } from './return-url';

/**
 * /api/auth endpoints that act on the signed-in account. A 401 from them means the access
 * cookie expired while the account page was open, which a refresh fixes like anywhere else.
 */
const ACCOUNT_ENDPOINTS: readonly (readonly [method: string, path: string])[] = [
  ['PATCH', `${AUTH_URL}/me`],
  ['POST', `${AUTH_URL}/mfa/setup`],
  ['POST', `${AUTH_URL}/mfa/verify`],
  ['DELETE', `${AUTH_URL}/mfa`],
];

/**
 * Whether a 401 from `req` should trigger a refresh: any /api call except the other /api/auth
 * endpoints, whose 401s are answers (wrong password, no session to refresh or restore).
 */
export function refreshesOnUnauthorized(req: HttpRequest<unknown>): boolean {
  const path = req.url.split(/[?#]/)[0];
  if (!path.startsWith('/api/')) {
    return false;
  }
  if (!path.startsWith(`${AUTH_URL}/`)) {
    return true;
  }
  return ACCOUNT_ENDPOINTS.some(([method, endpoint]) => req.method === method && path === endpoint);
}

/**
 * On a 401 from the API: refresh the session once and retry the request once. When the
 * refresh fails the user is signed out and sent to sign-in, to come back to this page after.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!refreshesOnUnauthorized(req)) {
    return next(req);
  }
  const auth = inject(AuthStore);
  const router = inject(Router);

  return next(req).pipe(
    catchError((error: unknown) => {
      if (httpStatusOf(error) !== 401) {
        return throwError(() => error);
      }
      return auth.refreshSession().pipe(
        switchMap((user) => {
          if (user) {
            return next(req);
          }
          auth.markSignedOut();
          void router.navigateByUrl(signInUrlTree(router, currentUrl(router)));
          return throwError(() => error);
        }),
      );
    }),
  );
};

/** The page being shown, or the one being navigated to when the request belongs to that navigation. */
function currentUrl(router: Router): string {
  const navigation = router.currentNavigation();
  return navigation ? router.serializeUrl(navigation.finalUrl ?? navigation.extractedUrl) : router.url;
}
