import type { CoursesDeps } from '../../courses/courses.deps';
import { coursesRoutes } from '../../courses/courses.routes';
import { createRepositories } from '../create-repositories';
import { parameterStoreSettings } from '../../lib/config-parameters';
import { createDomainHandler, type DomainFunction } from '../domain-function';

/** The public catalog: DynamoDB only. */
export const coursesFunction: DomainFunction<CoursesDeps> = {
  domain: { name: 'courses', routes: coursesRoutes },
  deps: (config) => ({ courses: createRepositories(config).courses, mediaBaseUrl: config.mediaBaseUrl }),
};

// Operator settings (rate limits, catalog cache, upload tuning) come from Parameter Store on AWS.
export const handler = createDomainHandler(coursesFunction, parameterStoreSettings);
