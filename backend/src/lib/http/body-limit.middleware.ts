import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from './http-errors';

/**
 * The largest request body the API reads: far above any body it takes and below Lambda's payload
 * limit, so the local server and AWS refuse the same bodies (docs/decisions.md). Without it the
 * local server would read any size into memory before the schema looked at it.
 */
export const API_BODY_LIMIT_BYTES = 1024 * 1024;

/** Methods whose body, if one is sent at all, no route reads. */
const BODILESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a larger body with a JSON 413, by Content-Length at once or while reading one sent in
 * chunks. GET, HEAD and OPTIONS pass untouched: Hono's check asks for the request's body stream,
 * which makes @hono/node-server build a full WHATWG Request (and an AbortController) for every
 * request, a cost that showed in the catalog's throughput (docs/decisions.md).
 */
export function apiBodyLimit(maxBytes = API_BODY_LIMIT_BYTES): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLargeError(maxBytes);
    },
  });
  return (c, next) => (BODILESS_METHODS.has(c.req.method) ? next() : limit(c, next));
}
