import type { AdminDeps } from '../../admin/admin.deps';
import { adminUsersRoutes } from '../../admin/admin-users.routes';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const adminFunction: DomainFunction<AdminDeps> = {
  domain: { name: 'admin', routes: adminUsersRoutes },
  deps: (config) => ({ users: createRepositories(config).users, tokens: createTokenVerifier(config) }),
};

export const handler = createDomainHandler(adminFunction);
