import type { GuardDeps } from '../auth/auth.middleware';
import type { CoursesRepository } from '../courses/courses.repository';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import type { DomainEnv } from '../lib/http/domain-env';
import type { MediaStorage } from '../lib/storage/media-storage';
import type { ObjectLinks } from '../lib/storage/object-links';
import type { UploadTuning } from '../lib/storage/upload-tuning';
import type { NotifierDeps } from '../notifications/notifier';
import type { UsersRepository } from '../users/users.repository';
import type { SubmissionsRepository } from './submissions.repository';

/** What the video exchange uses: lessons and enrollments to check, the takes' files and their links, names, notices. */
export interface ExchangeDeps extends GuardDeps, NotifierDeps {
  readonly courses: CoursesRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly users: UsersRepository;
  readonly submissions: SubmissionsRepository;
  /** Takes and answers go straight from the browser to the private bucket, under submissions/. */
  readonly storage: MediaStorage;
  /** Short-lived GET links to play them. */
  readonly objectLinks: ObjectLinks;
  readonly uploads: UploadTuning;
}

export type ExchangeEnv = DomainEnv<ExchangeDeps>;
