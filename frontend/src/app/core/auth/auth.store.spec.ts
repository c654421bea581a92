import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuthUser } from '@lessonstage/shared';

import { AuthStore } from './auth.store';
import { aSession, aUser, anAdmin, anMfaChallenge, UNAUTHORIZED, unauthorizedBody } from './testing/auth-fixtures';
import { clearSessionHint, setSessionHint } from './testing/session-hint';

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Lets promise callbacks (firstValueFrom) run. */
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

  it('starts unknown', () => {
    expect(store.status()).toBe('unknown');
    expect(store.user()).toBeNull();
    expect(store.isSignedIn()).toBe(false);
  });

  describe('restore', () => {
    beforeEach(setSessionHint);
    afterEach(clearSessionHint);

    it('asks the API nothing and is signed out when this browser never signed in', async () => {
      clearSessionHint();
      await store.restore();

      expect(store.status()).toBe('signed-out');
      http.expectNone('/api/auth/me');
      http.expectNone('/api/auth/refresh');
    });

    it('is signed in when GET /me answers', async () => {
      const done = store.restore();
      http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(aUser());
      await done;

      expect(store.status()).toBe('signed-in');
      expect(store.user()?.email).toBe('ann@example.com');
      expect(store.isSignedIn()).toBe(true);
      expect(store.isAdmin()).toBe(false);
    });

    it('refreshes once on a 401 and is signed in with the refreshed user', async () => {
      const done = store.restore();
      http.expectOne('/api/auth/me').flush(unauthorizedBody(), UNAUTHORIZED);
      await settle();
      const refresh = http.expectOne({ method: 'POST', url: '/api/auth/refresh' });
      expect(refresh.request.body).toEqual({});
      refresh.flush(aSession(anAdmin()));
      await done;

      expect(store.status()).toBe('signed-in');
      expect(store.isAdmin()).toBe(true);
      expect(store.user()?.name).toBe('Ada Admin');
    });

    it('is signed out when both GET /me and the refresh fail', async () => {
      const done = store.restore();
      http.expectOne('/api/auth/me').flush(unauthorizedBody(), UNAUTHORIZED);
      await settle();
      http.expectOne('/api/auth/refresh').flush(unauthorizedBody('NoSession'), UNAUTHORIZED);
      await done;

      expect(store.status()).toBe('signed-out');
      expect(store.user()).toBeNull();
      http.expectNone('/api/auth/refresh');
      // The session is gone: the next page load asks nothing.
      expect(document.cookie).not.toContain('ls_session=');
    });

    it('is signed out without a refresh when GET /me fails otherwise', async () => {
      const done = store.restore();
      http.expectOne('/api/auth/me').error(new ProgressEvent('error'), { status: 0, statusText: '' });
      await done;

      expect(store.status()).toBe('signed-out');
      http.expectNone('/api/auth/refresh');
    });

    it('runs once: later calls share the first result', async () => {
      const first = store.restore();
      const second = store.restore();
      expect(second).toBe(first);
      http.expectOne('/api/auth/me').flush(aUser());
      await first;

      await store.restore();
      http.expectNone('/api/auth/me');
    });
  });

  it('shares one refresh request between concurrent callers', () => {
    const results: (AuthUser | null)[] = [];
    store.refreshSession().subscribe((user) => results.push(user));
    store.refreshSession().subscribe((user) => results.push(user));

    http.expectOne('/api/auth/refresh').flush(aSession());
    expect(results.map((user) => user?.userId)).toEqual(['user-1', 'user-1']);

    // Once done, the next refresh is a new request.
    store.refreshSession().subscribe();
    http.expectOne('/api/auth/refresh').flush(aSession());
  });

  it('signs in with a session and keeps only the user', () => {
    store.signIn({ email: 'ann@example.com', password: 'Str0ng!pw' }).subscribe();
    const req = http.expectOne({ method: 'POST', url: '/api/auth/signin' });
    expect(req.request.body).toEqual({ email: 'ann@example.com', password: 'Str0ng!pw' });
    req.flush(aSession());

    expect(store.status()).toBe('signed-in');
    expect(store.user()).toEqual(aUser());
  });

  it('stays signed out on an MFA challenge until the code is answered', () => {
    store.markSignedOut();
    store.signIn({ email: 'ann@example.com', password: 'Str0ng!pw' }).subscribe();
    http.expectOne('/api/auth/signin').flush(anMfaChallenge('s-1'));
    expect(store.status()).toBe('signed-out');

    store.answerMfa('s-1', '123456').subscribe();
    const req = http.expectOne({ method: 'POST', url: '/api/auth/mfa' });
    expect(req.request.body).toEqual({ session: 's-1', code: '123456' });
    req.flush(aSession(aUser({ mfaEnabled: true })));

    expect(store.status()).toBe('signed-in');
    expect(store.user()?.mfaEnabled).toBe(true);
  });

  it('signs out locally even when the sign-out request fails', () => {
    store.signIn({ email: 'ann@example.com', password: 'x' }).subscribe();
    http.expectOne('/api/auth/signin').flush(aSession());

    let completed = false;
    store.signOut().subscribe({ complete: () => (completed = true) });
    http.expectOne({ method: 'POST', url: '/api/auth/signout' }).flush({ error: 'down' }, { status: 503, statusText: 'Unavailable' });

    expect(completed).toBe(true);
    expect(store.status()).toBe('signed-out');
    expect(store.user()).toBeNull();
  });

  it('updates the name and the MFA flag of the signed-in user', () => {
    store.signIn({ email: 'ann@example.com', password: 'x' }).subscribe();
    http.expectOne('/api/auth/signin').flush(aSession());

    store.updateName('Ann B.').subscribe();
    const req = http.expectOne({ method: 'PATCH', url: '/api/auth/me' });
    expect(req.request.body).toEqual({ name: 'Ann B.' });
    req.flush(aUser({ name: 'Ann B.' }));
    expect(store.user()?.name).toBe('Ann B.');

    store.setMfaEnabled(true);
    expect(store.user()?.mfaEnabled).toBe(true);
  });
});
