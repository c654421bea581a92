import { createTokenVerifier } from '../auth/auth-deps';
import { createDataDeps } from '../lib/db/data-deps';
import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { createMediaStorage } from '../lib/storage/create-media-storage';
import { authoringRoutes } from './authoring.routes';

export const authoringFunction: DomainFunction = {
  domain: { name: 'authoring', routes: authoringRoutes },
  deps: (config) => ({ ...createDataDeps(config), storage: createMediaStorage(config), tokens: createTokenVerifier(config) }),
};

export const handler = createDomainHandler(authoringFunction);
