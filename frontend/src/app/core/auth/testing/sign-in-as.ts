import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuthUser } from '@lessonstage/shared';

import { AuthStore } from '../auth.store';
import { clearSessionHint, setSessionHint } from './session-hint';

/** Puts the AuthStore in the signed-in state for `user`, answering the restore request. */
export async function signInAs(user: AuthUser): Promise<AuthStore> {
  const store = TestBed.inject(AuthStore);
  setSessionHint();
  const restored = store.restore();
  clearSessionHint();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(user);
  await restored;
  return store;
}
