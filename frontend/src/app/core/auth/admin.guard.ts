import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';

import { AuthStore } from './auth.store';
import { signInUrlTree } from './return-url';

export const NOT_ALLOWED_PATH = '/not-allowed';

/**
 * Administrators only. Anonymous visitors go to sign-in; signed-in students see the
 * "not allowed" page while the address bar keeps the URL they asked for.
 */
export const adminGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.restore();
  if (!auth.isSignedIn()) {
    return signInUrlTree(router, state.url);
  }
  if (auth.isAdmin()) {
    return true;
  }
  return new RedirectCommand(router.parseUrl(NOT_ALLOWED_PATH), { browserUrl: state.url });
};
