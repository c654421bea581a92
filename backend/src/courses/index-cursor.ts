import { z } from 'zod';
import { BadRequestError } from '../lib/http/http-errors';
import { ALL_COURSES_PARTITION, PUBLISHED_PARTITION } from './course.record';

/** Position after which the next page of the catalog index starts. */
export const catalogCursorSchema = z.strictObject({
  courseId: z.string().min(1).max(64),
  catalogPartition: z.literal(PUBLISHED_PARTITION),
  catalogSortKey: z.string().min(1).max(200),
});

/** Position after which the next page of the admin list starts. */
export const listCursorSchema = z.strictObject({
  courseId: z.string().min(1).max(64),
  listPartition: z.literal(ALL_COURSES_PARTITION),
  listSortKey: z.string().min(1).max(200),
});

export type CatalogCursor = z.infer<typeof catalogCursorSchema>;
export type ListCursor = z.infer<typeof listCursorSchema>;

export function encodeCursor(cursor: CatalogCursor | ListCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** Decodes a client's cursor; anything that is not one we issued is a 400, not a 500. */
export function decodeCursor<S extends z.ZodType>(raw: string, schema: S): z.output<S> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new BadRequestError('cursor: not a valid page cursor', 'ValidationError');
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new BadRequestError('cursor: not a valid page cursor', 'ValidationError');
  return result.data;
}
