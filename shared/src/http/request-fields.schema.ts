import * as z from '../validation/zod';

/** An id the API made (course, section, lesson): only what is safe in a DynamoDB key and an S3 path. */
export const resourceIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, "-" or "_"'));

/** A whole number in a query string (strings in, as a query string holds them), as a number. */
export const wholeNumberParamSchema = z.pipe(z.string().check(z.regex(/^\d+$/, 'must be a whole number')), z.transform(Number));

/** A page size in a query string; `defaultLimit` when absent. */
export function pageLimitSchema(defaultLimit: number, max: number) {
  const limit = z.number().check(z.int(), z.minimum(1, 'must be at least 1'), z.maximum(max, `must be at most ${max}`));
  return z._default(z.pipe(wholeNumberParamSchema, limit), defaultLimit);
}

/** The opaque cursor a list answered with, sent back for the next page. */
export const pageCursorSchema = z.optional(z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(2048, 'is too long')));
