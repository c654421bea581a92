import type { DomainEnv } from '../lib/http/domain-env';

/** The health check uses nothing. */
export type HealthDeps = Record<never, never>;

export type HealthEnv = DomainEnv<HealthDeps>;
