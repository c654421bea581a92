import type { z } from 'zod';
import { BadRequestError } from './http-errors';

/** Parses input with a schema; a failure becomes a 400 whose message names the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  throw new BadRequestError(`${field}: ${issue?.message ?? 'invalid'}`, 'ValidationError');
}
