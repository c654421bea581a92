import type { CognitoAuthGateway } from '../../auth/cognito-auth.gateway';
import type { Principal, TokenVerifier } from '../../auth/token-verifier';
import type { CoursesRepository } from '../../courses/courses.repository';
import type { UsersRepository } from '../../users/users.repository';
import type { EnrollmentsRepository } from '../../enrollments/enrollments.repository';
import type { MediaStorage } from '../storage/media-storage';
import type { ObjectLinks } from '../storage/object-links';
import type { UploadTuning } from '../../authoring/upload-policy';
import type { ProgressRepository } from '../../learning/progress.repository';
import type { PurchasesRepository } from '../../payments/purchases.repository';
import type { StripeGateway } from '../../payments/stripe-gateway';
import type { WebhookEventsRepository } from '../../payments/webhook-events.repository';
import type { Mailer } from '../mail/mailer';
import type { AuthConfig } from '../config';
import type { RateLimiter } from './rate-limiter';

/** What a request handler may use. Built once per cold start (Lambda) or per stack (local). */
export interface ApiDeps {
  readonly courses: CoursesRepository;
  readonly users: UsersRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly storage: MediaStorage;
  readonly objectLinks: ObjectLinks;
  readonly uploads: UploadTuning;
  readonly purchases: PurchasesRepository;
  readonly webhookEvents: WebhookEventsRepository;
  readonly progress: ProgressRepository;
  readonly stripe: StripeGateway;
  readonly mailer: Mailer;
  /** The site's public origin for Stripe's return URLs; the request's own origin when unset. */
  readonly appOrigin?: string;
  readonly cognito: CognitoAuthGateway;
  readonly tokens: TokenVerifier;
  readonly rateLimiter: RateLimiter;
  readonly auth: Pick<AuthConfig, 'secureCookies' | 'rateLimit'>;
  /** Base URL of public media (thumbnails), e.g. "/media". */
  readonly mediaBaseUrl: string;
  /** The value CloudFront's x-origin-verify header must carry (AWS); none locally. */
  readonly originVerifySecret?: string;
}

export interface ApiEnv {
  Variables: { deps: ApiDeps; principal?: Principal };
}
