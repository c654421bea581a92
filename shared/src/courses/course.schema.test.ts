import { describe, expect, it } from 'vitest';
import { courseDraftRequestSchema, courseUpdateRequestSchema } from '../authoring/authoring.schema';
import { currencySchema } from './course.schema';

describe('currencySchema', () => {
  it.each(['usd', 'Usd', 'USD', 'uSd'])('takes %s as USD', (code) => {
    expect(currencySchema.parse(code)).toBe('USD');
  });

  it('takes every listed code in lower case', () => {
    expect(['eur', 'gbp'].map((code) => currencySchema.parse(code))).toEqual(['EUR', 'GBP']);
  });

  it.each(['usdx', 'US', '', 'jpy', ' usd'])('refuses %j', (code) => {
    expect(currencySchema.safeParse(code).success).toBe(false);
  });

  it('refuses a non-string', () => {
    expect(currencySchema.safeParse(840).success).toBe(false);
  });

  it('normalises in the course requests, and a refusal names the field', () => {
    const draft = { title: 'T', instrument: 'bass', level: 'beginner', priceCents: 0, currency: 'gbp' };
    expect(courseDraftRequestSchema.parse(draft).currency).toBe('GBP');
    expect(courseUpdateRequestSchema.parse({ version: 1, currency: 'Eur' }).currency).toBe('EUR');
    const refused = courseDraftRequestSchema.safeParse({ ...draft, currency: 'usdx' });
    expect(refused.error?.issues[0]?.path).toEqual(['currency']);
  });
});
