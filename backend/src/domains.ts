import { adminFunction } from './admin/admin.handler';
import { authFunction } from './auth/auth.handler';
import { authoringFunction } from './authoring/authoring.handler';
import { coursesFunction } from './courses/courses.handler';
import { healthFunction } from './health/health.handler';
import { learningFunction } from './learning/learning.handler';
import type { Domain } from './lib/http/domain';
import type { DomainFunction } from './lib/lambda-handler';
import { mediaFunction } from './media/media.handler';
import { paymentsFunction } from './payments/payments.handler';

export type { Domain } from './lib/http/domain';

/** The API's Lambda functions, one a domain. The local server mounts all their routers in one app. */
export const FUNCTIONS: readonly DomainFunction[] = [
  healthFunction,
  coursesFunction,
  authFunction,
  adminFunction,
  authoringFunction,
  mediaFunction,
  paymentsFunction,
  learningFunction,
];

export const DOMAINS: readonly Domain[] = FUNCTIONS.map((fn) => fn.domain);
