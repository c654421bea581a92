import { createTokenVerifier } from '../auth/auth-deps';
import { createDataDeps } from '../lib/db/data-deps';
import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { createObjectLinks } from '../lib/storage/create-object-links';
import { mediaRoutes } from './media.routes';

export const mediaFunction: DomainFunction = {
  domain: { name: 'media', routes: mediaRoutes },
  deps: (config) => ({ ...createDataDeps(config), objectLinks: createObjectLinks(config), tokens: createTokenVerifier(config) }),
};

export const handler = createDomainHandler(mediaFunction);
