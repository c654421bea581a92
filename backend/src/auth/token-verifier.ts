import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Role } from '@lessonstage/shared';
import { UnauthorizedError } from '../lib/http/http-errors';
import type { Principal } from '../lib/http/principal';

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly clientId: string;
  /** Key source; defaults to the issuer's JWKS (fetched once and cached by jose). */
  readonly keys?: JWTVerifyGetKey;
}

type TokenUse = 'access' | 'id';

const invalid = () => new UnauthorizedError('Invalid token', 'InvalidToken');

/** Whether the token was issued to our app client: `client_id` in access tokens, `aud` in ID tokens. */
function issuedTo(payload: JWTPayload, tokenUse: TokenUse, clientId: string): boolean {
  if (tokenUse === 'access') return payload.client_id === clientId;
  return typeof payload.aud === 'string' ? payload.aud === clientId : (payload.aud?.includes(clientId) ?? false);
}

/**
 * Verifies Cognito tokens as API Gateway's JWT authorizer does: RS256 signature against the pool's
 * JWKS, issuer, expiry, and the app client (`client_id` for `token_use` = access, `aud` for
 * `token_use` = id). Anything else (a refresh token, another client's token) is a 401 with one
 * generic message.
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    this.keys = options.keys ?? createRemoteJWKSet(new URL(`${options.issuer}/.well-known/jwks.json`));
  }

  /** Only an access token: for the tokens Cognito hands the API at sign-in and refresh. */
  verifyAccessToken(token: string): Promise<Principal> {
    return this.verify(token, ['access']);
  }

  /** An access or an ID token, as a client may send either as Bearer; both prove the same caller. */
  verifyAccessOrIdToken(token: string): Promise<Principal> {
    return this.verify(token, ['access', 'id']);
  }

  private async verify(token: string, accepted: readonly TokenUse[]): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: this.options.issuer, algorithms: ['RS256'] });
      const tokenUse = accepted.find((use) => use === payload.token_use);
      if (!tokenUse) throw invalid();
      if (!issuedTo(payload, tokenUse, this.options.clientId)) throw invalid();
      if (!payload.sub) throw invalid();
      // Cognito puts the groups in both kinds of token.
      const groups = payload['cognito:groups'];
      const role: Role = Array.isArray(groups) && groups.includes('admin') ? 'admin' : 'student';
      return tokenUse === 'access' ? { userId: payload.sub, role, accessToken: token } : { userId: payload.sub, role };
    } catch (error) {
      if (error instanceof UnauthorizedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthorizedError('The session has expired', 'TokenExpired');
      if (error instanceof errors.JOSEError || error instanceof TypeError) throw invalid();
      throw error;
    }
  }
}
