import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { authGuard } from './auth.guard';
import { AuthStore } from './auth.store';
import { aSession, aUser, UNAUTHORIZED, unauthorizedBody } from './testing/auth-fixtures';
import { clearSessionHint, setSessionHint } from './testing/session-hint';

@Component({ template: 'page' })
class Blank {}

describe('authGuard', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'account', canActivate: [authGuard], component: Blank },
          { path: 'signin', component: Blank },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());
  // A browser that signed in here before: the store asks the API (see AuthStore.restore).
  beforeEach(setSessionHint);
  afterEach(clearSessionHint);

  const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

  it('waits for the session check, then lets a signed-in user in', async () => {
    const navigation = router.navigateByUrl('/account?tab=mfa');
    await settle();
    expect(router.url).toBe('/'); // still deciding: nothing rendered yet
    http.expectOne('/api/auth/me').flush(aUser());

    expect(await navigation).toBe(true);
    expect(router.url).toBe('/account?tab=mfa');
  });

  it('lets a user in whose session needed a refresh', async () => {
    const navigation = router.navigateByUrl('/account');
    await settle();
    http.expectOne('/api/auth/me').flush(unauthorizedBody(), UNAUTHORIZED);
    await settle();
    http.expectOne('/api/auth/refresh').flush(aSession());
    await navigation;

    expect(router.url).toBe('/account');
  });

  it('sends anonymous visitors to sign-in with the URL they wanted', async () => {
    const navigation = router.navigateByUrl('/account?tab=mfa');
    await settle();
    http.expectOne('/api/auth/me').flush(unauthorizedBody(), UNAUTHORIZED);
    await settle();
    http.expectOne('/api/auth/refresh').flush(unauthorizedBody('NoSession'), UNAUTHORIZED);
    await navigation;

    expect(router.url).toBe('/signin?returnUrl=%2Faccount%3Ftab%3Dmfa');
    expect(router.parseUrl(router.url).queryParams['returnUrl']).toBe('/account?tab=mfa');
  });

  it('redirects without asking the server again once signed out', async () => {
    TestBed.inject(AuthStore).markSignedOut();
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(unauthorizedBody(), UNAUTHORIZED);
    await settle();
    http.expectOne('/api/auth/refresh').flush(unauthorizedBody(), UNAUTHORIZED);
    await restored;

    await router.navigateByUrl('/account');
    expect(router.url).toBe('/signin?returnUrl=%2Faccount');
  });
});
