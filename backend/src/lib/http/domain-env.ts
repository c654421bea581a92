import type { Principal } from './principal';

/**
 * Hono's environment for one domain's routes: the dependencies the domain states it uses (so a
 * route that reaches for another is a compile error) and the caller, once a guard has run.
 */
export interface DomainEnv<Deps extends object> {
  Variables: { deps: Deps; principal?: Principal };
}
