import type { GuardDeps } from '../auth/auth.middleware';
import type { CoursesRepository } from '../courses/courses.repository';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import type { DomainEnv } from '../lib/http/domain-env';
import type { MediaStorage } from '../lib/storage/media-storage';
import type { UploadTuning } from '../lib/storage/upload-tuning';
import type { TranscodesRepository } from '../transcoding/transcodes.repository';
import type { UsersRepository } from '../users/users.repository';

/** What course editing and uploads use. */
export interface AuthoringDeps extends GuardDeps {
  readonly courses: CoursesRepository;
  readonly users: UsersRepository;
  /** Enrolled students' copies of a course ("My courses"), refreshed when it is saved. */
  readonly enrollments: EnrollmentsRepository;
  readonly storage: MediaStorage;
  /** Lesson videos' transcodes to HLS: queued on upload, shown in the editor, retried from it. */
  readonly transcodes: TranscodesRepository;
  readonly uploads: UploadTuning;
  /** Base URL of public media (thumbnails), e.g. "/media". */
  readonly mediaBaseUrl: string;
}

export type AuthoringEnv = DomainEnv<AuthoringDeps>;
