import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { AuthStore } from './auth.store';
import { signInUrlTree } from './return-url';

/**
 * Lets signed-in users through; sends everyone else to /signin?returnUrl=<the page they wanted>.
 * Waits for the start-up session check, so a signed-in user is never bounced on a reload.
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.restore();
  return auth.isSignedIn() || signInUrlTree(router, state.url);
};
