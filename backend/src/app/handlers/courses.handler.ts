import type { CoursesDeps } from '../../courses/courses.deps';
import { coursesRoutes } from '../../courses/courses.routes';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

/** The public catalog: DynamoDB only. */
export const coursesFunction: DomainFunction<CoursesDeps> = {
  domain: { name: 'courses', routes: coursesRoutes },
  deps: (config) => ({ courses: createRepositories(config).courses, mediaBaseUrl: config.mediaBaseUrl }),
};

export const handler = createDomainHandler(coursesFunction);
