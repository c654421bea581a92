import type { Hono } from 'hono';
import type { DomainEnv } from './domain-env';

/** A backend domain: one router, deployed as one Lambda function. */
export interface Domain<Deps extends object = object> {
  readonly name: string;
  readonly routes: Hono<DomainEnv<Deps>>;
}
