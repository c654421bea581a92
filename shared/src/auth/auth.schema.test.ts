import { describe, expect, it } from 'vitest';
import { signUpRequestSchema } from './auth.schema';
import { passwordPolicyViolation } from './password-policy';

describe('password policy', () => {
  it.each([
    ['Ab1!', 'must be at least 8 characters'],
    ['abcdefg1!', 'must contain an uppercase letter'],
    ['ABCDEFG1!', 'must contain a lowercase letter'],
    ['Abcdefgh!', 'must contain a digit'],
    ['Abcdefgh1', 'must contain a symbol'],
  ])('%s → %s', (password, rule) => {
    expect(passwordPolicyViolation(password)).toBe(rule);
  });

  it('accepts a password that meets every rule', () => {
    expect(passwordPolicyViolation('Admin!2345')).toBeNull();
  });
});

describe('signUpRequestSchema', () => {
  it('normalises the e-mail address', () => {
    expect(signUpRequestSchema.parse({ email: ' Ann@Example.COM ', password: 'Str0ng!pw', name: 'Ann' }).email).toBe('ann@example.com');
  });

  it('names the failed password rule on the password field', () => {
    const result = signUpRequestSchema.safeParse({ email: 'a@b.co', password: 'weakpassword', name: 'A' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['password'], message: 'must contain an uppercase letter' });
  });

  it('refuses a malformed e-mail address', () => {
    const result = signUpRequestSchema.safeParse({ email: 'not-an-email', password: 'Str0ng!pw', name: 'A' });
    expect(result.error?.issues[0]?.path).toEqual(['email']);
  });
});
