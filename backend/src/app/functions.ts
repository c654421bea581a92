import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import type { AppConfig } from '../lib/config';
import type { Domain } from '../lib/http/domain';
import type { DomainEnv } from '../lib/http/domain-env';
import type { ApiDeps } from './api-deps';
import { createDomainApp, type DomainFunction, type LambdaHandler } from './domain-function';
import { adminFunction } from './handlers/admin.handler';
import { authFunction } from './handlers/auth.handler';
import { authoringFunction } from './handlers/authoring.handler';
import { certificatesFunction } from './handlers/certificates.handler';
import { coursesFunction } from './handlers/courses.handler';
import { discussionsFunction } from './handlers/discussions.handler';
import { healthFunction } from './handlers/health.handler';
import { learningFunction } from './handlers/learning.handler';
import { mediaFunction } from './handlers/media.handler';
import { notificationsFunction } from './handlers/notifications.handler';
import { paymentsFunction } from './handlers/payments.handler';
import { practiceMailFunction } from './handlers/practice-mail.handler';
import { reviewsFunction } from './handlers/reviews.handler';

/** A function as the list holds it, whatever its own deps: its router, and its Lambda entry. */
export interface ListedFunction {
  readonly domain: Domain<ApiDeps>;
  /** The function as Lambda runs it: its router over only the clients it builds. */
  readonly lambda: (config: AppConfig) => LambdaHandler;
}

/**
 * A router that reads `Deps` serves any deps that include them, but Hono's types are invariant
 * in their environment, so the widening is said once, here, where the compiler checks that ApiDeps
 * includes the function's deps (a domain missing from ApiDeps makes `fn` `never`).
 */
function listed<Deps extends object>(fn: DomainFunction<Deps> & (ApiDeps extends Deps ? unknown : never)): ListedFunction {
  const routes = fn.domain.routes as unknown as Hono<DomainEnv<ApiDeps>>;
  return { domain: { name: fn.domain.name, routes }, lambda: (config) => handle(createDomainApp(fn, config)) };
}

/** The API's Lambda functions, one a domain. The local server mounts all their routers over one `createDeps`. */
export const FUNCTIONS: readonly ListedFunction[] = [
  listed(healthFunction),
  listed(coursesFunction),
  listed(authFunction),
  listed(adminFunction),
  listed(authoringFunction),
  listed(mediaFunction),
  listed(paymentsFunction),
  listed(learningFunction),
  listed(practiceMailFunction),
  listed(certificatesFunction),
  listed(reviewsFunction),
  listed(notificationsFunction),
  listed(discussionsFunction),
];

export const DOMAINS: readonly Domain<ApiDeps>[] = FUNCTIONS.map((fn) => fn.domain);
