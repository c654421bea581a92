import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Role } from '@lessonstage/shared';
import { UnauthorizedError } from '../lib/http/http-errors';
import type { Principal } from '../lib/http/principal';

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly clientId: string;
  /** Key source; defaults to the issuer's JWKS (fetched once and cached by jose). */
  readonly keys?: JWTVerifyGetKey;
}

/**
 * Verifies Cognito access tokens: RS256 signature against the pool's JWKS, issuer, expiry,
 * `token_use` = access and the app client. Anything else is a 401 with one generic message.
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    this.keys = options.keys ?? createRemoteJWKSet(new URL(`${options.issuer}/.well-known/jwks.json`));
  }

  async verifyAccessToken(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: this.options.issuer, algorithms: ['RS256'] });
      if (payload.token_use !== 'access') throw new UnauthorizedError('Invalid token', 'InvalidToken');
      if (payload.client_id !== this.options.clientId) throw new UnauthorizedError('Invalid token', 'InvalidToken');
      if (!payload.sub) throw new UnauthorizedError('Invalid token', 'InvalidToken');
      const groups = payload['cognito:groups'];
      const role: Role = Array.isArray(groups) && groups.includes('admin') ? 'admin' : 'student';
      return { userId: payload.sub, role, accessToken: token };
    } catch (error) {
      if (error instanceof UnauthorizedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthorizedError('The session has expired', 'TokenExpired');
      if (error instanceof errors.JOSEError || error instanceof TypeError) throw new UnauthorizedError('Invalid token', 'InvalidToken');
      throw error;
    }
  }
}
