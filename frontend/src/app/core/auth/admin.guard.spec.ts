import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AuthUser } from '@lessonstage/shared';

import { adminGuard } from './admin.guard';
import { clearSessionHint, setSessionHint } from './testing/session-hint';
import { aUser, anAdmin, UNAUTHORIZED, unauthorizedBody } from './testing/auth-fixtures';

@Component({ selector: 'app-admin-stub', template: 'admin area' })
class AdminPage {}

@Component({ selector: 'app-not-allowed-stub', template: 'not allowed' })
class NotAllowedPage {}

@Component({ selector: 'app-sign-in-stub', template: 'sign in' })
class SignInPage {}

describe('adminGuard', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'admin', canMatch: [adminGuard], component: AdminPage },
          { path: 'not-allowed', component: NotAllowedPage },
          { path: 'signin', component: SignInPage },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

  /** `null`: a browser whose session has expired (it signed in once, so the store asks). */
  async function openAdminAs(user: AuthUser | null): Promise<void> {
    setSessionHint();
    const navigation = router.navigateByUrl('/admin');
    await settle();
    clearSessionHint();
    if (user) {
      http.expectOne('/api/auth/me').flush(user);
    } else {
      http.expectOne('/api/auth/me').flush(unauthorizedBody(), UNAUTHORIZED);
      await settle();
      http.expectOne('/api/auth/refresh').flush(unauthorizedBody(), UNAUTHORIZED);
    }
    await navigation;
    await settle();
  }

  const activePage = () => router.routerState.snapshot.root.firstChild?.component;

  it('lets administrators in', async () => {
    await openAdminAs(anAdmin());
    expect(router.url).toBe('/admin');
    expect(activePage()).toBe(AdminPage);
  });

  it('shows students the "not allowed" page, keeping /admin in the address bar', async () => {
    await openAdminAs(aUser({ role: 'student' }));
    expect(activePage()).toBe(NotAllowedPage);
    expect(TestBed.inject(Location).path()).toBe('/admin');
  });

  it('sends anonymous visitors to sign-in with returnUrl', async () => {
    await openAdminAs(null);
    expect(activePage()).toBe(SignInPage);
    expect(router.url).toBe('/signin?returnUrl=%2Fadmin');
  });
});
