import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { OFFLINE_MESSAGE } from '../../../core/http/api-error-message';
import { authErrorMessage, formatWait } from './auth-error-message';

const httpError = (status: number, body: unknown, headers?: Record<string, string>) =>
  new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers ?? {}) });

describe('authErrorMessage', () => {
  it("shows the API's message", () => {
    expect(authErrorMessage(httpError(401, { error: 'Wrong e-mail or password', code: 'InvalidCredentials' }))).toBe(
      'Wrong e-mail or password',
    );
    expect(
      authErrorMessage(httpError(409, { error: 'An account with this e-mail address already exists', code: 'UsernameExists' })),
    ).toBe('An account with this e-mail address already exists');
  });

  it('turns validation errors into sentences naming the field', () => {
    expect(authErrorMessage(httpError(400, { error: 'password: must contain a symbol' }))).toBe('The password must contain a symbol.');
    expect(authErrorMessage(httpError(400, { error: 'code: wrong or expired code', code: 'CodeMismatch' }))).toBe(
      'That code is wrong or has expired. Check the latest e-mail, or send a new code.',
    );
    expect(authErrorMessage(httpError(400, { error: 'email: must be a valid e-mail address' }))).toBe(
      'The e-mail address must be a valid e-mail address.',
    );
    expect(authErrorMessage(httpError(400, { error: 'session: is required' }))).toBe('The session is required.');
    expect(authErrorMessage(httpError(400, { error: 'name: too odd' }))).toBe('Check the name: too odd.');
  });

  it('says how long to wait when rate limited', () => {
    const limited = { error: 'Too many attempts; try again later', code: 'TooManyRequests' };
    expect(authErrorMessage(httpError(429, limited, { 'Retry-After': '45' }))).toBe(
      'Too many attempts. Please wait 45 seconds and try again.',
    );
    expect(authErrorMessage(httpError(429, limited, { 'Retry-After': '61' }))).toBe(
      'Too many attempts. Please wait 2 minutes and try again.',
    );
    expect(authErrorMessage(httpError(429, limited))).toBe('Too many attempts. Please wait a little and try again.');
  });

  it('keeps the generic messages for network and server errors', () => {
    expect(authErrorMessage(httpError(0, new ProgressEvent('error')))).toBe(OFFLINE_MESSAGE);
  });
});

describe('formatWait', () => {
  it('uses seconds under a minute and whole minutes above', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(59)).toBe('59 seconds');
    expect(formatWait(60)).toBe('1 minute');
    expect(formatWait(900)).toBe('15 minutes');
  });
});
