import type { AuthDeps } from '../../auth/auth.deps';
import { authRoutes } from '../../auth/auth.routes';
import { createCognitoGateway, createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { parameterStoreSettings } from '../../lib/config-parameters';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const authFunction: DomainFunction<AuthDeps> = {
  domain: { name: 'auth', routes: authRoutes },
  deps: (config) => {
    const { users, rateLimiter } = createRepositories(config);
    return {
      users,
      rateLimiter,
      cognito: createCognitoGateway(config),
      tokens: createTokenVerifier(config),
      auth: { secureCookies: config.auth.secureCookies, rateLimit: config.auth.rateLimit },
    };
  },
};

// Operator settings (rate limits, catalog cache, upload tuning) come from Parameter Store on AWS.
export const handler = createDomainHandler(authFunction, parameterStoreSettings);
