import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ApiError } from '@lessonstage/shared';
import { logger } from '../observability/logger';
import { HttpError } from './http-errors';

/** Maps every thrown error to a JSON `{ error }` body. Unknown errors never leak details. */
export const errorHandler: ErrorHandler = (err, c) => {
  if (err instanceof HttpError) {
    return c.json<ApiError>({ ...err.details, error: err.message, code: err.code }, err.status, err.headers);
  }
  if (err instanceof HTTPException) {
    // Hono's own rejections (e.g. a malformed body) are the client's fault; keep their status.
    return c.json<ApiError>({ error: err.message || 'Bad request' }, err.status);
  }
  logger.error('unhandled error', { method: c.req.method, path: c.req.path, error: err });
  return c.json<ApiError>({ error: 'Internal server error', code: 'Internal' }, 500);
};

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json<ApiError>({ error: `No route for ${c.req.method} ${c.req.path}`, code: 'NotFound' }, 404);
