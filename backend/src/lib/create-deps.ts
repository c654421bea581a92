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

export function createDeps(config: AppConfig): ApiDeps {
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
    mediaBaseUrl: config.mediaBaseUrl,
  };
}
