import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from './http-errors';

/**
 * The largest request body the API reads: 1 MiB, far above any body it takes (a multipart
 * completion of a 5 GB video lists about 320 parts, ~20 KB) and below Lambda's 6 MB payload limit,
 * so the local server and AWS refuse the same bodies. Without it the local server would read any
 * size into memory before the schema looked at it.
 */
export const API_BODY_LIMIT_BYTES = 1024 * 1024;

/** Refuses a larger body with a JSON 413, by Content-Length at once or while reading one sent in chunks. */
export function apiBodyLimit(maxBytes = API_BODY_LIMIT_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLargeError(maxBytes);
    },
  });
}
