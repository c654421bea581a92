import { createTokenVerifier } from '../auth/auth-deps';
import { createDataDeps } from '../lib/db/data-deps';
import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { learningRoutes } from './learning.routes';

export const learningFunction: DomainFunction = {
  domain: { name: 'learning', routes: learningRoutes },
  deps: (config) => ({ ...createDataDeps(config), tokens: createTokenVerifier(config) }),
};

export const handler = createDomainHandler(learningFunction);
