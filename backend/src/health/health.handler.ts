import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { healthRoutes } from './health.routes';

export const healthFunction: DomainFunction = { domain: { name: 'health', routes: healthRoutes }, deps: () => ({}) };

export const handler = createDomainHandler(healthFunction);
