import type { AdminDeps } from '../admin/admin.deps';
import type { AuthDeps } from '../auth/auth.deps';
import type { AuthoringDeps } from '../authoring/authoring.deps';
import type { CertificatesDeps } from '../certificates/certificates.deps';
import type { CoursesDeps } from '../courses/courses.deps';
import type { DiscussionsDeps } from '../discussions/discussions.deps';
import type { LearningDeps } from '../learning/learning.deps';
import type { AppConfig } from '../lib/config';
import { createCloudMailer } from '../lib/mail/cloud-mailer';
import type { Mailer } from '../lib/mail/mailer';
import { createMediaStorage } from '../lib/storage/create-media-storage';
import { createObjectLinks } from '../lib/storage/create-object-links';
import { DEFAULT_UPLOAD_TUNING } from '../lib/storage/upload-tuning';
import type { MediaDeps } from '../media/media.deps';
import type { NotificationsDeps } from '../notifications/notifications.deps';
import { createNotifier, type NotifierDeps } from '../notifications/notifier';
import type { PaymentsDeps } from '../payments/payments.deps';
import type { PracticeMailDeps } from '../practice-mail/practice-mail.deps';
import type { ReviewsDeps } from '../reviews/reviews.deps';
import { createTranscodeStarter } from '../transcoding/transcode-starter';
import { createCognitoGateway, createTokenVerifier } from './create-auth-clients';
import { createRepositories } from './create-repositories';
import { createStripeGateway } from './create-stripe-gateway';
import { createStreamCookieSigner } from './create-stream-cookie-signer';
import { createUnsubscribeSecret } from './create-unsubscribe-secret';

/** What every domain uses, together: the local server mounts all domains in one process. */
export type ApiDeps = AdminDeps & AuthDeps & AuthoringDeps & CertificatesDeps & CoursesDeps & LearningDeps & MediaDeps & PaymentsDeps & PracticeMailDeps & NotifierDeps & ReviewsDeps & NotificationsDeps & DiscussionsDeps;

/**
 * Everything any route uses, over one set of clients and repositories (so the catalog cache sees
 * every write), for the local server and tests. A Lambda function builds only its own domain's
 * part (`handlers/<domain>.handler.ts`). The local stack passes its own mailer (the dev mailbox).
 */
export function createDeps(config: AppConfig, mailer: Mailer = createCloudMailer(config)): ApiDeps {
  const repositories = createRepositories(config);
  return {
    ...repositories,
    notifier: createNotifier({ notifications: repositories.notifications, users: repositories.users, mailer, appOrigin: config.appOrigin }),
    storage: createMediaStorage(config),
    objectLinks: createObjectLinks(config),
    streamCookies: createStreamCookieSigner(config),
    cognito: createCognitoGateway(config),
    tokens: createTokenVerifier(config),
    stripe: createStripeGateway(config),
    mailer,
    auth: { secureCookies: config.auth.secureCookies, rateLimit: config.auth.rateLimit },
    uploads: config.uploads ?? DEFAULT_UPLOAD_TUNING,
    appOrigin: config.appOrigin,
    unsubscribeSecret: createUnsubscribeSecret(config),
    unsubscribeMailto: config.unsubscribeMailto,
    mediaBaseUrl: config.mediaBaseUrl,
    transcodeStarter: createTranscodeStarter({ stateMachineArn: config.transcodeStateMachineArn, region: config.region }),
  };
}
