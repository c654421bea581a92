import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { AppConfig } from '../lib/config';
import { tracer } from '../lib/observability/tracer';
import { CognitoAuthGateway } from '../auth/cognito-auth.gateway';
import { TokenVerifier } from '../auth/token-verifier';

/** Checks access and ID tokens against the pool's JWKS: every function with signed-in routes needs it. */
export function createTokenVerifier(config: AppConfig): TokenVerifier {
  return new TokenVerifier({ issuer: config.auth.issuer, clientId: config.auth.clientId });
}

/** The Cognito API itself: only the auth function talks to it. */
export function createCognitoGateway(config: AppConfig): CognitoAuthGateway {
  const client = tracer.captureAWSv3Client(
    new CognitoIdentityProviderClient({ region: config.region, endpoint: config.endpoints.cognito, credentials: config.credentials }),
  );
  return new CognitoAuthGateway(client, config.auth.userPoolId, config.auth.clientId);
}
