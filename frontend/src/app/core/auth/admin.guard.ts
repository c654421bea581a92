import { inject } from '@angular/core';
import { CanMatchFn, RedirectCommand, Router } from '@angular/router';

import { AuthStore } from './auth.store';
import { signInUrlTree } from './return-url';

export const NOT_ALLOWED_PATH = '/not-allowed';

/**
 * Administrators only, decided before the admin area's code is downloaded (a `canMatch` guard:
 * `canActivate` runs after a lazy route's chunk has loaded). Anonymous visitors go to sign-in;
 * signed-in students see the "not allowed" page while the address bar keeps the URL they asked for.
 */
export const adminGuard: CanMatchFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.restore();
  const wanted = router.currentNavigation()?.extractedUrl;
  const url = wanted ? router.serializeUrl(wanted) : '/admin';
  if (!auth.isSignedIn()) {
    return signInUrlTree(router, url);
  }
  if (auth.isAdmin()) {
    return true;
  }
  return new RedirectCommand(router.parseUrl(NOT_ALLOWED_PATH), { browserUrl: url });
};
