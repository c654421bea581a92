import { HttpErrorResponse } from '@angular/common/http';

import {
  apiErrorMessage,
  httpStatusOf,
  isApiError,
  OFFLINE_MESSAGE,
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
