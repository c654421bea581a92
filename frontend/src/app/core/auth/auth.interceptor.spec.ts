import { HttpClient, HttpErrorResponse, HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { authInterceptor, refreshesOnUnauthorized } from './auth.interceptor';
import { AuthStore } from './auth.store';
import { aSession, aUser, UNAUTHORIZED, unauthorizedBody } from './testing/auth-fixtures';

@Component({ template: '' })
class Blank {}

describe('authInterceptor', () => {
  let client: HttpClient;
  let http: HttpTestingController;
  let router: Router;
  let store: AuthStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'courses/:id', component: Blank },
          { path: 'signin', component: Blank },
        ]),
      ],
    });
    client = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    store = TestBed.inject(AuthStore);
    await router.navigateByUrl('/courses/c-1?tab=notes');
  });

  afterEach(() => http.verify());

  const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

  function get(url: string) {
    const result: { value?: unknown; error?: HttpErrorResponse } = {};
    client.get(url).subscribe({ next: (value) => (result.value = value), error: (error) => (result.error = error) });
    return result;
  }

  it('refreshes the session on a 401 and retries the request once', () => {
    const result = get('/api/courses/mine');
    http.expectOne('/api/courses/mine').flush(unauthorizedBody(), UNAUTHORIZED);

    http.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(aSession(aUser({ name: 'Refreshed' })));
    http.expectOne('/api/courses/mine').flush({ items: [1] });

    expect(result.value).toEqual({ items: [1] });
    expect(result.error).toBeUndefined();
    expect(store.user()?.name).toBe('Refreshed');
  });

  it('passes a second 401 on instead of refreshing again', () => {
    const result = get('/api/courses/mine');
    http.expectOne('/api/courses/mine').flush(unauthorizedBody(), UNAUTHORIZED);
    http.expectOne('/api/auth/refresh').flush(aSession());
    http.expectOne('/api/courses/mine').flush(unauthorizedBody(), UNAUTHORIZED);

    http.expectNone('/api/auth/refresh');
    http.expectNone('/api/courses/mine');
    expect(result.error?.status).toBe(401);
  });

  it('signs out and goes to sign-in with returnUrl when the refresh fails', async () => {
    const result = get('/api/courses/mine');
    http.expectOne('/api/courses/mine').flush(unauthorizedBody(), UNAUTHORIZED);
    http.expectOne('/api/auth/refresh').flush(unauthorizedBody('NoSession'), UNAUTHORIZED);
    await settle();

    expect(result.error?.status).toBe(401);
    expect(store.status()).toBe('signed-out');
    expect(router.url).toBe('/signin?returnUrl=%2Fcourses%2Fc-1%3Ftab%3Dnotes');
    http.expectNone('/api/courses/mine');
  });

  it('shares one refresh between requests that fail together', () => {
    const first = get('/api/courses/a');
    const second = get('/api/courses/b');
    http.expectOne('/api/courses/a').flush(unauthorizedBody(), UNAUTHORIZED);
    http.expectOne('/api/courses/b').flush(unauthorizedBody(), UNAUTHORIZED);

    http.expectOne('/api/auth/refresh').flush(aSession());
    http.expectOne('/api/courses/a').flush('A');
    http.expectOne('/api/courses/b').flush('B');

    expect([first.value, second.value]).toEqual(['A', 'B']);
  });

  it('does not retry the sign-in, session and refresh endpoints', async () => {
    const signIn = { error: undefined as HttpErrorResponse | undefined };
    client.post('/api/auth/signin', { email: 'a@b.co', password: 'x' }).subscribe({ error: (e) => (signIn.error = e) });
    http
      .expectOne('/api/auth/signin')
      .flush({ error: 'Wrong e-mail or password', code: 'InvalidCredentials' }, UNAUTHORIZED);

    const me = get('/api/auth/me');
    http.expectOne('/api/auth/me').flush(unauthorizedBody(), UNAUTHORIZED);

    client.post('/api/auth/refresh', {}).subscribe({ error: () => undefined });
    http.expectOne('/api/auth/refresh').flush(unauthorizedBody('NoSession'), UNAUTHORIZED);
    await settle();

    http.expectNone('/api/auth/refresh');
    expect(signIn.error?.error).toEqual({ error: 'Wrong e-mail or password', code: 'InvalidCredentials' });
    expect(me.error?.status).toBe(401);
    expect(router.url).toBe('/courses/c-1?tab=notes');
  });

  it('passes other errors and non-API requests straight through', () => {
    const forbidden = get('/api/admin/users/by-email?email=a');
    http.expectOne((req) => req.url.startsWith('/api/admin/users')).flush({ error: 'Administrators only' }, { status: 403, statusText: 'Forbidden' });
    expect(forbidden.error?.status).toBe(403);

    const asset = get('/media/public/x.json');
    http.expectOne('/media/public/x.json').flush(null, UNAUTHORIZED);
    expect(asset.error?.status).toBe(401);

    http.expectNone('/api/auth/refresh');
  });
});

describe('refreshesOnUnauthorized', () => {
  const request = (method: string, url: string) => new HttpRequest(method, url, null);

  it('covers the API outside /api/auth', () => {
    expect(refreshesOnUnauthorized(request('GET', '/api/courses'))).toBe(true);
    expect(refreshesOnUnauthorized(request('POST', '/api/admin/x?y=1'))).toBe(true);
    expect(refreshesOnUnauthorized(request('GET', '/media/public/a.png'))).toBe(false);
    expect(refreshesOnUnauthorized(request('GET', 'https://other.example/api/courses'))).toBe(false);
  });

  it('leaves out /api/auth except the account actions', () => {
    for (const [method, url] of [
      ['POST', '/api/auth/signin'],
      ['POST', '/api/auth/refresh'],
      ['POST', '/api/auth/signout'],
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/mfa'],
      ['POST', '/api/auth/reset'],
    ]) {
      expect(refreshesOnUnauthorized(request(method, url)), `${method} ${url}`).toBe(false);
    }
    for (const [method, url] of [
      ['PATCH', '/api/auth/me'],
      ['POST', '/api/auth/mfa/setup'],
      ['POST', '/api/auth/mfa/verify'],
      ['DELETE', '/api/auth/mfa'],
    ]) {
      expect(refreshesOnUnauthorized(request(method, url)), `${method} ${url}`).toBe(true);
    }
  });
});
