import type { GuardDeps } from '../auth/auth.middleware';
import type { CoursesRepository } from '../courses/courses.repository';
import type { PracticeJournalRepository } from '../learning/journal/practice-journal.repository';
import type { DomainEnv } from '../lib/http/domain-env';
import type { Mailer } from '../lib/mail/mailer';
import type { UsersRepository } from '../users/users.repository';
import type { WeeklyMailRepository } from './weekly-mail.repository';

/** What the weekly job reads and sends with: journals, students, course titles, the mailer, the link key. */
export interface WeeklyMailJobDeps {
  readonly practiceJournal: PracticeJournalRepository;
  readonly weeklyMail: WeeklyMailRepository;
  readonly users: UsersRepository;
  readonly courses: CoursesRepository;
  readonly mailer: Mailer;
  /** The unsubscribe links' HMAC key (from Secrets Manager in the cloud, on first use). */
  readonly unsubscribeSecret: () => Promise<string>;
  readonly unsubscribeMailto?: string;
  /** Public origin of the site: the links in the e-mail. */
  readonly appOrigin?: string;
}

/** The weekly practice e-mail's routes: the student's toggle, the one-click unsubscribe, the admin run. */
export interface PracticeMailDeps extends GuardDeps, WeeklyMailJobDeps {}

export type PracticeMailEnv = DomainEnv<PracticeMailDeps>;
