import { describe, expect, it } from 'vitest';
import * as z from '../validation/zod';
import { pageCursorSchema, pageLimitSchema, resourceIdSchema } from './request-fields.schema';

function firstMessage(schema: z.ZodMiniType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('request fields', () => {
  it('accepts ids the API makes and refuses anything a key or a path could be abused with', () => {
    expect(resourceIdSchema.parse('demo-guitar_1')).toBe('demo-guitar_1');
    for (const bad of ['', 'a b', '../x', 'a/b', 'x'.repeat(65)]) {
      expect(firstMessage(resourceIdSchema, bad)).toBe('must be 1-64 letters, digits, "-" or "_"');
    }
  });

  it('reads a page size from a query string, with its default and bounds', () => {
    const limit = pageLimitSchema(20, 50);
    expect(limit.parse(undefined)).toBe(20);
    expect(limit.parse('7')).toBe(7);
    expect(firstMessage(limit, 'seven')).toBe('must be a whole number');
    expect(firstMessage(limit, '0')).toBe('must be at least 1');
    expect(firstMessage(limit, '51')).toBe('must be at most 50');
  });

  it('takes an optional cursor, never an empty or huge one', () => {
    expect(pageCursorSchema.parse(undefined)).toBeUndefined();
    expect(firstMessage(pageCursorSchema, '')).toBe('must not be empty');
    expect(firstMessage(pageCursorSchema, 'c'.repeat(2049))).toBe('is too long');
  });
});
