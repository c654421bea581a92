import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { AuthApi, isMfaChallenge } from './auth.api';
import { aSession, anMfaChallenge } from './testing/auth-fixtures';

describe('AuthApi', () => {
  let api: AuthApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AuthApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('calls each endpoint with its method and body', () => {
    const calls: [() => unknown, string, string, unknown][] = [
      [() => api.signUp({ email: 'a@b.co', password: 'P', name: 'A' }), 'POST', '/api/auth/signup', { email: 'a@b.co', password: 'P', name: 'A' }],
      [() => api.confirm('a@b.co', '123456'), 'POST', '/api/auth/confirm', { email: 'a@b.co', code: '123456' }],
      [() => api.resendCode('a@b.co'), 'POST', '/api/auth/resend', { email: 'a@b.co' }],
      [() => api.signIn({ email: 'a@b.co', password: 'P' }), 'POST', '/api/auth/signin', { email: 'a@b.co', password: 'P' }],
      [() => api.answerMfa('s', '123456'), 'POST', '/api/auth/mfa', { session: 's', code: '123456' }],
      [() => api.refresh(), 'POST', '/api/auth/refresh', {}],
      [() => api.signOut(), 'POST', '/api/auth/signout', {}],
      [() => api.me(), 'GET', '/api/auth/me', null],
      [() => api.updateName('Ann'), 'PATCH', '/api/auth/me', { name: 'Ann' }],
      [() => api.forgotPassword('a@b.co'), 'POST', '/api/auth/forgot', { email: 'a@b.co' }],
      [() => api.resetPassword('a@b.co', '123456', 'P'), 'POST', '/api/auth/reset', { email: 'a@b.co', code: '123456', password: 'P' }],
      [() => api.startMfaSetup(), 'POST', '/api/auth/mfa/setup', {}],
      [() => api.verifyMfa('123456'), 'POST', '/api/auth/mfa/verify', { code: '123456' }],
      [() => api.disableMfa(), 'DELETE', '/api/auth/mfa', null],
    ];
    for (const [call, method, url, body] of calls) {
      (call() as { subscribe(): void }).subscribe();
      const req = http.expectOne({ method, url });
      expect(req.request.body).toEqual(body);
      req.flush({});
    }
  });

  it('tells an MFA challenge from a session', () => {
    expect(isMfaChallenge(anMfaChallenge())).toBe(true);
    expect(isMfaChallenge(aSession())).toBe(false);
  });
});
