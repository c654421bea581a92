import { createDataDeps } from '../lib/db/data-deps';
import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { coursesRoutes } from './courses.routes';

/** The public catalog: DynamoDB only. */
export const coursesFunction: DomainFunction = { domain: { name: 'courses', routes: coursesRoutes }, deps: createDataDeps };

export const handler = createDomainHandler(coursesFunction);
