import { z } from 'zod';
import { BadRequestError } from '../lib/http/http-errors';
import { PUBLISHED_PARTITION } from './course.record';

/** The catalog index position after which the next page starts. */
const catalogCursorSchema = z.strictObject({
  courseId: z.string().min(1).max(64),
  catalogPartition: z.literal(PUBLISHED_PARTITION),
  catalogSortKey: z.string().min(1).max(200),
});

export type CatalogCursor = z.infer<typeof catalogCursorSchema>;

export function encodeCursor(cursor: CatalogCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** Decodes a client's cursor; anything that is not one we issued is a 400, not a 500. */
export function decodeCursor(raw: string): CatalogCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new BadRequestError('cursor: not a valid page cursor', 'ValidationError');
  }
  const result = catalogCursorSchema.safeParse(parsed);
  if (!result.success) throw new BadRequestError('cursor: not a valid page cursor', 'ValidationError');
  return result.data;
}
