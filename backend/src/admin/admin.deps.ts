import type { GuardDeps } from '../auth/auth.middleware';
import type { DomainEnv } from '../lib/http/domain-env';
import type { UsersRepository } from '../users/users.repository';

/** What the user administration routes use. */
export interface AdminDeps extends GuardDeps {
  readonly users: UsersRepository;
}

export type AdminEnv = DomainEnv<AdminDeps>;
