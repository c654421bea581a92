import type { Context } from 'hono';
import type * as z from '@lessonstage/shared/zod';
import { BadRequestError } from './http-errors';

/** A field's path as a reader writes it: `sessions[3].seconds`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}

/** Parses input with a schema; a failure becomes a 400 whose message names the field. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = fieldName(issue?.path ?? []) || 'body';
  throw new BadRequestError(`${field}: ${issue?.message ?? 'invalid'}`, 'ValidationError');
}

/** Reads a JSON body and validates it; malformed JSON is a 400 like any other bad input. */
export async function parseJsonBody<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new BadRequestError('body: must be a JSON object', 'ValidationError');
  }
  return parseInput(schema, body);
}
