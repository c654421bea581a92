import type * as z from '@lessonstage/shared/zod';
import { BadRequestError } from '../http/http-errors';

/** An opaque page cursor: the index position DynamoDB gave us, as base64url JSON. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a client's cursor against the exact shape we issue; anything else is a 400, not a 500. */
export function decodeCursor<S extends z.ZodMiniType>(raw: string, schema: S): z.output<S> {
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
