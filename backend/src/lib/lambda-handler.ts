import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { loadConfig, type AppConfig } from './config';
import type { ApiDeps, ApiEnv } from './http/api-env';
import { apiSettings } from './http/api-settings';
import { createApi } from './http/create-api';
import type { Domain } from './http/domain';

/**
 * One Lambda function: a domain's router and the dependencies it builds. Each function builds
 * (and so bundles) only its own clients: the catalog never loads Stripe, Cognito or S3.
 */
export interface DomainFunction {
  readonly domain: Domain;
  readonly deps: (config: AppConfig) => Partial<ApiDeps>;
}

/** Refuses, by name, a dependency the function did not build, instead of a vague TypeError. */
function onlyGiven(domain: string, given: Partial<ApiDeps>): ApiDeps {
  return new Proxy(given, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target)) throw new Error(`The ${domain} function does not build "${key}": add it to its deps`);
      return Reflect.get(target, key, receiver);
    },
  }) as ApiDeps;
}

export function createDomainApp(fn: DomainFunction, config: AppConfig): Hono<ApiEnv> {
  return createApi(onlyGiven(fn.domain.name, { ...apiSettings(config), ...fn.deps(config) }), [fn.domain]);
}

/** A Lambda entry as hono/aws-lambda makes it. */
export type LambdaHandler = ReturnType<typeof handle>;

/** The Lambda entry: configuration read and clients built on the first event of a cold start. */
export function createDomainHandler(fn: DomainFunction): LambdaHandler {
  let lambda: LambdaHandler | undefined;
  return (event, context) => {
    lambda ??= handle(createDomainApp(fn, loadConfig()));
    return lambda(event, context);
  };
}
