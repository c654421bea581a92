import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoAuthGateway } from '../auth/cognito-auth.gateway';
import { TokenVerifier } from '../auth/token-verifier';
import { CoursesRepository } from '../courses/courses.repository';
import { UsersRepository } from '../users/users.repository';
import { DEFAULT_UPLOAD_TUNING } from '../authoring/upload-policy';
import { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import { createPresignS3Client, createS3Client } from './storage/s3-client';
import { S3MediaStorage } from './storage/s3-media-storage';
import type { AppConfig } from './config';
import { createDocumentClient } from './db/dynamo-client';
import type { ApiDeps } from './http/api-env';
import { RateLimiter } from './http/rate-limiter';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { ProgressRepository } from '../learning/progress.repository';
import { PurchasesRepository } from '../payments/purchases.repository';
import { StripeGateway } from '../payments/stripe-gateway';
import { WebhookEventsRepository } from '../payments/webhook-events.repository';
import type { Mailer } from './mail/mailer';
import { SesMailer } from './mail/ses-mailer';
import { secretSource } from './secrets';

function cloudMailer(config: AppConfig): Mailer {
  if (!config.mailFrom) return { send: async () => console.warn(JSON.stringify({ level: 'warn', msg: 'MAIL_FROM is not set; mail not sent' })) };
  return new SesMailer(new SESv2Client({ region: config.region }), config.mailFrom);
}

/** Everything a handler uses, built once. The local stack passes its own mailer (the dev mailbox). */
export function createDeps(config: AppConfig, mailer: Mailer = cloudMailer(config)): ApiDeps {
  const db = createDocumentClient(config);
  const cognito = new CognitoIdentityProviderClient({
    region: config.region,
    endpoint: config.endpoints.cognito,
    credentials: config.credentials,
  });
  return {
    courses: new CoursesRepository(db, config.coursesTable),
    users: new UsersRepository(db, config.usersTable),
    enrollments: new EnrollmentsRepository(db, config.enrollmentsTable),
    storage: new S3MediaStorage({
      s3: createS3Client(config),
      presignS3: createPresignS3Client(config, config.endpoints.storagePublic),
      bucket: config.contentBucket,
    }),
    cognito: new CognitoAuthGateway(cognito, config.auth.userPoolId, config.auth.clientId),
    tokens: new TokenVerifier({ issuer: config.auth.issuer, clientId: config.auth.clientId }),
    rateLimiter: new RateLimiter(db, config.rateLimitsTable),
    auth: { secureCookies: config.auth.secureCookies, rateLimit: config.auth.rateLimit },
    uploads: config.uploads ?? DEFAULT_UPLOAD_TUNING,
    purchases: new PurchasesRepository(db, config.purchasesTable),
    webhookEvents: new WebhookEventsRepository(db, config.webhookEventsTable),
    progress: new ProgressRepository(db, config.progressTable),
    stripe: new StripeGateway({
      secretKey: secretSource(config.payments.secretKey, config.payments.secretKeyId, config.region),
      webhookSecret: secretSource(config.payments.webhookSecret, config.payments.webhookSecretId, config.region),
      apiBase: config.payments.apiBase,
    }),
    mailer,
    appOrigin: config.appOrigin,
    mediaBaseUrl: config.mediaBaseUrl,
  };
}
