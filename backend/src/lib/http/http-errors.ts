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

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message, 'NotFound');
  }
}
