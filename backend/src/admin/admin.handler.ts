import { createTokenVerifier } from '../auth/auth-deps';
import { createDataDeps } from '../lib/db/data-deps';
import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { adminUsersRoutes } from './admin-users.routes';

export const adminFunction: DomainFunction = {
  domain: { name: 'admin', routes: adminUsersRoutes },
  deps: (config) => ({ ...createDataDeps(config), tokens: createTokenVerifier(config) }),
};

export const handler = createDomainHandler(adminFunction);
