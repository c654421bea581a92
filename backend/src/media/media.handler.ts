import { createTokenVerifier } from '../auth/auth-deps';
import { createDataDeps } from '../lib/db/data-deps';
import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { createMediaStorage } from '../lib/storage/create-media-storage';
import { mediaRoutes } from './media.routes';

export const mediaFunction: DomainFunction = {
  domain: { name: 'media', routes: mediaRoutes },
  deps: (config) => ({ ...createDataDeps(config), storage: createMediaStorage(config), tokens: createTokenVerifier(config) }),
};

export const handler = createDomainHandler(mediaFunction);
