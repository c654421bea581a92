import type { GuardDeps } from '../auth/auth.middleware';
import type { CertificateIssuingDeps } from '../certificates/certificate-issuing';
import type { CoursesRepository } from '../courses/courses.repository';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import type { DomainEnv } from '../lib/http/domain-env';
import type { PracticeJournalRepository } from './journal/practice-journal.repository';
import type { LoopsRepository } from './loops.repository';
import type { ProgressRepository } from './progress.repository';

/** What a student's own pages use; completing a course's last lesson issues its certificate. */
export interface LearningDeps extends GuardDeps, CertificateIssuingDeps {
  readonly courses: CoursesRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly progress: ProgressRepository;
  readonly loops: LoopsRepository;
  readonly practiceJournal: PracticeJournalRepository;
  /** Base URL of public media (thumbnails), e.g. "/media". */
  readonly mediaBaseUrl: string;
}

export type LearningEnv = DomainEnv<LearningDeps>;
