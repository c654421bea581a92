import { CoursesRepository } from '../courses/courses.repository';
import type { AppConfig } from './config';
import { createDocumentClient } from './db/dynamo-client';
import type { ApiDeps } from './http/api-env';

export function createDeps(config: AppConfig): ApiDeps {
  const db = createDocumentClient(config);
  return {
    courses: new CoursesRepository(db, config.coursesTable),
    mediaBaseUrl: config.mediaBaseUrl,
  };
}
