import { describe, expect, it } from 'vitest';
import { HttpError } from '../lib/http/http-errors';
import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'test-secret';
const USER = '3f0c1b9e-8d5a-4c6e-9f1a-2b7d4e6a8c01';

function statusOf(run: () => unknown): number | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof HttpError ? error.status : -1;
  }
}

describe('unsubscribe token', () => {
  it('names the student it was made for', () => {
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken(SECRET, USER))).toBe(USER);
  });

  it('is refused (403) when its signature, its student or the key differs', () => {
    const token = unsubscribeToken(SECRET, USER);
    const [id, sig] = token.split('.') as [string, string];
    const flipped = `${sig.slice(0, 10)}${sig[10] === 'A' ? 'B' : 'A'}${sig.slice(11)}`;
    expect(statusOf(() => verifyUnsubscribeToken(SECRET, `${id}.${flipped}`))).toBe(403);
    expect(statusOf(() => verifyUnsubscribeToken(SECRET, `${Buffer.from('another-user').toString('base64url')}.${sig}`))).toBe(403);
    expect(statusOf(() => verifyUnsubscribeToken('another-secret', token))).toBe(403);
  });

  it('is refused (400) when it is not a token at all', () => {
    for (const bad of ['', 'abc', 'a.b', `user@example.com.${'x'.repeat(43)}`, 'a.b.c']) expect(statusOf(() => verifyUnsubscribeToken(SECRET, bad)), bad).toBe(400);
  });
});
