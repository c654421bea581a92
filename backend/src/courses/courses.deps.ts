import type { DomainEnv } from '../lib/http/domain-env';
import type { CoursesRepository } from './courses.repository';

/** What the public catalog uses: DynamoDB only. */
export interface CoursesDeps {
  readonly courses: CoursesRepository;
  /** Base URL of public media (thumbnails), e.g. "/media". */
  readonly mediaBaseUrl: string;
}

export type CoursesEnv = DomainEnv<CoursesDeps>;
