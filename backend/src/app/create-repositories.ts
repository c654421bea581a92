import { CertificatesRepository } from '../certificates/certificates.repository';
import { CoursesRepository } from '../courses/courses.repository';
import { DiscussionsRepository } from '../discussions/discussions.repository';
import { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import { PracticeJournalRepository } from '../learning/journal/practice-journal.repository';
import { LoopsRepository } from '../learning/loops.repository';
import { ProgressRepository } from '../learning/progress.repository';
import type { AppConfig } from '../lib/config';
import { createDocumentClient } from '../lib/db/dynamo-client';
import { RateLimiter } from '../lib/http/rate-limiter';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { PurchasesRepository } from '../payments/purchases.repository';
import { ReviewsRepository } from '../reviews/reviews.repository';
import { WebhookEventsRepository } from '../payments/webhook-events.repository';
import { WeeklyMailRepository } from '../practice-mail/weekly-mail.repository';
import { TranscodesRepository } from '../transcoding/transcodes.repository';
import { UsersRepository } from '../users/users.repository';

export interface Repositories {
  readonly courses: CoursesRepository;
  readonly users: UsersRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly purchases: PurchasesRepository;
  readonly webhookEvents: WebhookEventsRepository;
  readonly progress: ProgressRepository;
  readonly loops: LoopsRepository;
  readonly practiceJournal: PracticeJournalRepository;
  readonly weeklyMail: WeeklyMailRepository;
  readonly certificates: CertificatesRepository;
  readonly transcodes: TranscodesRepository;
  readonly notifications: NotificationsRepository;
  readonly reviews: ReviewsRepository;
  readonly discussions: DiscussionsRepository;
  readonly rateLimiter: RateLimiter;
}

/** Every table's repository over one DynamoDB client: the client is the cost, not the repositories. */
export function createRepositories(config: AppConfig): Repositories {
  const db = createDocumentClient(config);
  return {
    courses: new CoursesRepository(db, config.coursesTable, config.catalogCacheSeconds * 1000),
    users: new UsersRepository(db, config.usersTable),
    enrollments: new EnrollmentsRepository(db, config.enrollmentsTable),
    purchases: new PurchasesRepository(db, config.purchasesTable),
    webhookEvents: new WebhookEventsRepository(db, config.webhookEventsTable),
    progress: new ProgressRepository(db, config.progressTable),
    loops: new LoopsRepository(db, config.loopsTable),
    practiceJournal: new PracticeJournalRepository(db, config.practiceTable),
    weeklyMail: new WeeklyMailRepository(db, config.practiceTable),
    certificates: new CertificatesRepository(db, config.certificatesTable),
    transcodes: new TranscodesRepository(db, config.transcodesTable),
    notifications: new NotificationsRepository(db, config.notificationsTable),
    reviews: new ReviewsRepository(db, config.reviewsTable),
    discussions: new DiscussionsRepository(db, config.discussionsTable),
    rateLimiter: new RateLimiter(db, config.rateLimitsTable),
  };
}
