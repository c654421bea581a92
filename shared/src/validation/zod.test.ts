import { describe, expect, it } from 'vitest';
import * as z from './zod';

describe('the project\'s zod', () => {
  it('says in English what was wrong where a schema gives no message of its own (Zod Mini has none built in)', () => {
    const result = z.object({ title: z.string() }).safeParse({ title: 5 });
    expect(result.error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });
});
