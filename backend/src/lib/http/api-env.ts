import type { CoursesRepository } from '../../courses/courses.repository';

/** What a request handler may use. Built once per cold start (Lambda) or per stack (local). */
export interface ApiDeps {
  readonly courses: CoursesRepository;
  /** Base URL of public media (thumbnails), e.g. "/media". */
  readonly mediaBaseUrl: string;
}

export interface ApiEnv {
  Variables: { deps: ApiDeps };
}
