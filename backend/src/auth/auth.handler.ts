import { createDataDeps } from '../lib/db/data-deps';
import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { createCognitoGateway, createTokenVerifier } from './auth-deps';
import { authRoutes } from './auth.routes';

export const authFunction: DomainFunction = {
  domain: { name: 'auth', routes: authRoutes },
  deps: (config) => ({ ...createDataDeps(config), cognito: createCognitoGateway(config), tokens: createTokenVerifier(config) }),
};

export const handler = createDomainHandler(authFunction);
