import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import {
  apiErrorCode,
  apiErrorMessage,
  httpStatusOf,
  isApiError,
  OFFLINE_MESSAGE,
  retryAfterSeconds,
  SERVER_ERROR_MESSAGE,
  UNKNOWN_ERROR_MESSAGE,
} from './api-error-message';

const httpError = (status: number, body: unknown = null) =>
  new HttpErrorResponse({ status, error: body, url: '/api/courses' });

describe('apiErrorMessage', () => {
  it("uses the API's message for client errors", () => {
    expect(apiErrorMessage(httpError(400, { error: 'limit must be at most 50', code: 'VALIDATION' }))).toBe(
      'limit must be at most 50',
    );
    expect(apiErrorMessage(httpError(404, { error: 'Course not found' }))).toBe('Course not found');
  });

  it('explains a network failure (status 0)', () => {
    expect(apiErrorMessage(httpError(0, new ProgressEvent('error')))).toBe(OFFLINE_MESSAGE);
  });

  it('hides server error details behind a generic message', () => {
    expect(apiErrorMessage(httpError(500, { error: 'TypeError at db.ts:12' }))).toBe(SERVER_ERROR_MESSAGE);
    expect(apiErrorMessage(httpError(503, 'Service Unavailable'))).toBe(SERVER_ERROR_MESSAGE);
  });

  it('falls back when the body is not an API error', () => {
    expect(apiErrorMessage(httpError(404, '<html>not found</html>'))).toBe(UNKNOWN_ERROR_MESSAGE);
    expect(apiErrorMessage(httpError(400, { error: '   ' }))).toBe(UNKNOWN_ERROR_MESSAGE);
    expect(apiErrorMessage(new Error('boom'))).toBe(UNKNOWN_ERROR_MESSAGE);
    expect(apiErrorMessage(undefined)).toBe(UNKNOWN_ERROR_MESSAGE);
  });
});

describe('isApiError', () => {
  it('accepts { error, code? } only', () => {
    expect(isApiError({ error: 'x' })).toBe(true);
    expect(isApiError({ error: 'x', code: 'Y' })).toBe(true);
    expect(isApiError({ error: 'x', code: 3 })).toBe(false);
    expect(isApiError({ message: 'x' })).toBe(false);
    expect(isApiError('x')).toBe(false);
    expect(isApiError(null)).toBe(false);
  });
});

describe('httpStatusOf', () => {
  it('reads the status of HTTP errors only', () => {
    expect(httpStatusOf(httpError(404))).toBe(404);
    expect(httpStatusOf(new Error('x'))).toBeNull();
    expect(httpStatusOf(null)).toBeNull();
  });
});

describe('apiErrorCode', () => {
  it("reads the API's error code", () => {
    expect(apiErrorCode(httpError(403, { error: 'Confirm first', code: 'UserNotConfirmed' }))).toBe('UserNotConfirmed');
  });

  it('is null without a code or an HTTP error', () => {
    expect(apiErrorCode(httpError(400, { error: 'x' }))).toBeNull();
    expect(apiErrorCode(httpError(500, 'oops'))).toBeNull();
    expect(apiErrorCode(new Error('x'))).toBeNull();
  });
});

describe('retryAfterSeconds', () => {
  const limited = (retryAfter?: string) =>
    new HttpErrorResponse({
      status: 429,
      error: { error: 'Too many attempts; try again later', code: 'TooManyRequests' },
      headers: retryAfter === undefined ? new HttpHeaders() : new HttpHeaders({ 'Retry-After': retryAfter }),
    });

  it('reads whole seconds from Retry-After', () => {
    expect(retryAfterSeconds(limited('120'))).toBe(120);
    expect(retryAfterSeconds(limited('2.5'))).toBe(3);
  });

  it('is null when the header is missing or not a number of seconds', () => {
    expect(retryAfterSeconds(limited())).toBeNull();
    expect(retryAfterSeconds(limited('Wed, 21 Oct 2026 07:28:00 GMT'))).toBeNull();
    expect(retryAfterSeconds(limited('0'))).toBeNull();
    expect(retryAfterSeconds(new Error('x'))).toBeNull();
  });
});
