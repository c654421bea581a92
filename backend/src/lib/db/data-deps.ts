import { CoursesRepository } from '../../courses/courses.repository';
import { EnrollmentsRepository } from '../../enrollments/enrollments.repository';
import { ProgressRepository } from '../../learning/progress.repository';
import { PurchasesRepository } from '../../payments/purchases.repository';
import { WebhookEventsRepository } from '../../payments/webhook-events.repository';
import { UsersRepository } from '../../users/users.repository';
import type { AppConfig } from '../config';
import type { ApiDeps } from '../http/api-env';
import { RateLimiter } from '../http/rate-limiter';
import { createDocumentClient } from './dynamo-client';

export type DataDeps = Pick<ApiDeps, 'courses' | 'users' | 'enrollments' | 'purchases' | 'webhookEvents' | 'progress' | 'rateLimiter'>;

/** Every table's repository over one DynamoDB client: the client is the cost, not the repositories. */
export function createDataDeps(config: AppConfig): DataDeps {
  const db = createDocumentClient(config);
  return {
    courses: new CoursesRepository(db, config.coursesTable, config.catalogCacheSeconds * 1000),
    users: new UsersRepository(db, config.usersTable),
    enrollments: new EnrollmentsRepository(db, config.enrollmentsTable),
    purchases: new PurchasesRepository(db, config.purchasesTable),
    webhookEvents: new WebhookEventsRepository(db, config.webhookEventsTable),
    progress: new ProgressRepository(db, config.progressTable),
    rateLimiter: new RateLimiter(db, config.rateLimitsTable),
  };
}
