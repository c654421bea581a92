import type { GuardDeps } from '../auth/auth.middleware';
import type { CertificatesRepository } from '../certificates/certificates.repository';
import type { CoursesRepository } from '../courses/courses.repository';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import type { DomainEnv } from '../lib/http/domain-env';
import type { Mailer } from '../lib/mail/mailer';
import type { UsersRepository } from '../users/users.repository';
import type { ReviewsRepository } from '../reviews/reviews.repository';
import type { PurchasesRepository } from './purchases.repository';
import type { StripeGateway } from './stripe.gateway';
import type { WebhookEventsRepository } from './webhook-events.repository';

/** What checkout, Stripe's webhook and the purchases admin use. */
export interface PaymentsDeps extends GuardDeps {
  readonly courses: CoursesRepository;
  readonly users: UsersRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly purchases: PurchasesRepository;
  readonly webhookEvents: WebhookEventsRepository;
  /** A refund or dispute revokes the course's certificate with the enrollment. */
  readonly certificates: CertificatesRepository;
  /** A refund takes the student's review out of the course's rating; a later purchase puts it back. */
  readonly reviews: ReviewsRepository;
  readonly stripe: StripeGateway;
  readonly mailer: Mailer;
  /** The site's public origin for Stripe's return URLs; the request's own origin when unset. */
  readonly appOrigin?: string;
}

export type PaymentsEnv = DomainEnv<PaymentsDeps>;
