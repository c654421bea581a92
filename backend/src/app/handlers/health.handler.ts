import type { HealthDeps } from '../../health/health.deps';
import { healthRoutes } from '../../health/health.routes';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const healthFunction: DomainFunction<HealthDeps> = { domain: { name: 'health', routes: healthRoutes }, deps: () => ({}) };

export const handler = createDomainHandler(healthFunction);
