import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The typed exceptions the domains throw. They are mapped to an HTTP status in one place
 * (error-handler.ts); their messages are written for the API's users and are safe to show.
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly code?: string,
    readonly headers: Record<string, string> = {},
    /** Extra fields for the JSON body, e.g. the list of problems behind a 400. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string, code = 'BadRequest') {
    super(400, message, code);
  }
}

export class UnauthorizedError extends HttpError {
  constructor(message = 'Sign-in required', code = 'Unauthorized') {
    super(401, message, code);
  }
}

export class ForbiddenError extends HttpError {
  constructor(message = 'Not allowed', code = 'Forbidden') {
    super(403, message, code);
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message, 'NotFound');
  }
}

export class ConflictError extends HttpError {
  constructor(message: string, code = 'Conflict') {
    super(409, message, code);
  }
}

export class TooManyRequestsError extends HttpError {
  constructor(retryAfterSeconds: number) {
    super(429, 'Too many attempts; try again later', 'TooManyRequests', { 'Retry-After': String(retryAfterSeconds) });
  }
}

export class PayloadTooLargeError extends HttpError {
  constructor(maxBytes: number) {
    super(413, `body: larger than the limit of ${maxBytes} bytes`, 'PayloadTooLarge');
  }
}
