import type { AuthConfig } from '../lib/config';
import type { DomainEnv } from '../lib/http/domain-env';
import type { RateLimiter } from '../lib/http/rate-limiter';
import type { UsersRepository } from '../users/users.repository';
import type { GuardDeps } from './auth.middleware';
import type { CognitoAuthGateway } from './cognito-auth.gateway';

/** What the auth routes use. */
export interface AuthDeps extends GuardDeps {
  readonly users: UsersRepository;
  readonly cognito: CognitoAuthGateway;
  readonly rateLimiter: RateLimiter;
  readonly auth: Pick<AuthConfig, 'secureCookies' | 'rateLimit'>;
}

export type AuthEnv = DomainEnv<AuthDeps>;
