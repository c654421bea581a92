import { createHmac, timingSafeEqual } from 'node:crypto';
import { BadRequestError, ForbiddenError } from '../lib/http/http-errors';

/**
 * The unsubscribe link's token: `<userId, base64url>.<HMAC-SHA256 of purpose and userId>`. It never
 * expires (an old e-mail's link must still work) and can do one thing only: turn the weekly
 * e-mail off for that student. The purpose is signed in, so a signature made for another use of
 * the same key cannot stand in for it.
 */
const PURPOSE = 'weekly-practice-summary:unsubscribe';

function signature(secret: string, userId: string): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}:${userId}`).digest();
}

export function unsubscribeToken(secret: string, userId: string): string {
  return `${Buffer.from(userId).toString('base64url')}.${signature(secret, userId).toString('base64url')}`;
}

/** The student the token was made for; a malformed token → 400, a wrong signature → 403. */
export function verifyUnsubscribeToken(secret: string, token: string): string {
  const match = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) throw new BadRequestError('token: is not an unsubscribe token', 'InvalidUnsubscribeToken');
  const userId = Buffer.from(match[1]!, 'base64url').toString();
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = signature(secret, userId);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ForbiddenError('token: this unsubscribe link is not valid (it was changed or not made by Lessonstage)', 'InvalidUnsubscribeToken');
  }
  return userId;
}
