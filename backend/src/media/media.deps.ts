import type { GuardDeps } from '../auth/auth.middleware';
import type { CoursesRepository } from '../courses/courses.repository';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import type { DomainEnv } from '../lib/http/domain-env';
import type { StreamCookieSigner } from '../lib/cdn/stream-cookies';
import type { ObjectLinks } from '../lib/storage/object-links';

/** What lesson playback and downloads use: links and cookies are signed without an S3 client. */
export interface MediaDeps extends GuardDeps {
  readonly courses: CoursesRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly objectLinks: ObjectLinks;
  /** Signed cookies of transcoded (HLS) lessons. */
  readonly streamCookies: StreamCookieSigner;
  /** Where `/media/hls/…` is served, e.g. "/media". */
  readonly mediaBaseUrl: string;
}

export type MediaEnv = DomainEnv<MediaDeps>;
