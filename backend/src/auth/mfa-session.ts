import * as z from '@lessonstage/shared/zod';
import { BadRequestError } from '../lib/http/http-errors';

/**
 * Cognito's MFA step needs the user name with the challenge session, so the API hands the client
 * one opaque value holding both. Tampering gains nothing: Cognito checks the pair.
 */
const mfaSessionSchema = z.object({ email: z.string(), session: z.string() });

export function encodeMfaSession(email: string, session: string): string {
  return Buffer.from(JSON.stringify({ email, session })).toString('base64url');
}

export function decodeMfaSession(value: string): { email: string; session: string } {
  try {
    return mfaSessionSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    throw new BadRequestError('session: not a sign-in session', 'ValidationError');
  }
}
