import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@lessonstage/shared';

export const OFFLINE_MESSAGE = "We couldn't reach Lessonstage. Check your connection and try again.";
export const SERVER_ERROR_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';
export const UNKNOWN_ERROR_MESSAGE = 'Something went wrong. Please try again.';

/** True when `body` has the API's error shape: `{ error: string, code?: string }`. */
export function isApiError(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { error?: unknown }).error === 'string' &&
    ((body as { code?: unknown }).code === undefined ||
      typeof (body as { code?: unknown }).code === 'string')
  );
}

/** HTTP status of a failed request, or null when `error` is not an HTTP error. */
export function httpStatusOf(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

/**
 * A sentence to show a person when an API call failed.
 * Client errors (4xx) show the API's own message; network and server errors
 * get a generic one (server messages are not written for end users).
 */
export function apiErrorMessage(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) {
    return UNKNOWN_ERROR_MESSAGE;
  }
  if (error.status === 0) {
    return OFFLINE_MESSAGE;
  }
  if (error.status >= 500) {
    return SERVER_ERROR_MESSAGE;
  }
  if (isApiError(error.error) && error.error.error.trim()) {
    return error.error.error;
  }
  return UNKNOWN_ERROR_MESSAGE;
}

/** The API's machine-readable error code (e.g. "UserNotConfirmed"), when the error carries one. */
export function apiErrorCode(error: unknown): string | null {
  return error instanceof HttpErrorResponse && isApiError(error.error) ? (error.error.code ?? null) : null;
}

/** Seconds from a rate-limited response's Retry-After header, or null when absent or unreadable. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const seconds = Number(error.headers?.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}
