import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { loadConfig, type AppConfig } from '../lib/config';
import type { Domain } from '../lib/http/domain';
import type { DomainEnv } from '../lib/http/domain-env';
import { apiOptions, createApi } from './create-api';

/**
 * One Lambda function: a domain's router and what it builds for it. The factory must return the
 * domain's own deps type, so a function that forgets a client does not compile; each function
 * builds (and so bundles) only its own clients: the catalog never loads Stripe, Cognito or S3.
 */
export interface DomainFunction<Deps extends object> {
  readonly domain: Domain<Deps>;
  readonly deps: (config: AppConfig) => Deps;
}

export function createDomainApp<Deps extends object>(fn: DomainFunction<Deps>, config: AppConfig): Hono<DomainEnv<Deps>> {
  return createApi(apiOptions(config), fn.deps(config), [fn.domain]);
}

/** A Lambda entry as hono/aws-lambda makes it. */
export type LambdaHandler = ReturnType<typeof handle>;

/** The Lambda entry: configuration read and clients built on the first event of a cold start. */
export function createDomainHandler<Deps extends object>(fn: DomainFunction<Deps>): LambdaHandler {
  let lambda: LambdaHandler | undefined;
  return (event, context) => {
    lambda ??= handle(createDomainApp(fn, loadConfig()));
    return lambda(event, context);
  };
}
