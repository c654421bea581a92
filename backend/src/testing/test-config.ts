import type { AppConfig } from '../lib/config';
import {
  CERTIFICATES_TABLE,
  COURSES_TABLE,
  DISCUSSIONS_TABLE,
  ENROLLMENTS_TABLE,
  LOOPS_TABLE,
  NOTIFICATIONS_TABLE,
  PRACTICE_TABLE,
  PROGRESS_TABLE,
  PURCHASES_TABLE,
  RATE_LIMITS_TABLE,
  REVIEWS_TABLE,
  TRANSCODES_TABLE,
  USERS_TABLE,
  WEBHOOK_EVENTS_TABLE,
} from '../lib/db/table-definitions';

/** App configuration for tests that run the API against a test dynalite (no Cognito needed). */
export function testAppConfig(dynamodbEndpoint: string): AppConfig {
  return {
    region: 'us-east-1',
    coursesTable: COURSES_TABLE.localName,
    usersTable: USERS_TABLE.localName,
    rateLimitsTable: RATE_LIMITS_TABLE.localName,
    enrollmentsTable: ENROLLMENTS_TABLE.localName,
    purchasesTable: PURCHASES_TABLE.localName,
    webhookEventsTable: WEBHOOK_EVENTS_TABLE.localName,
    progressTable: PROGRESS_TABLE.localName,
    loopsTable: LOOPS_TABLE.localName,
    practiceTable: PRACTICE_TABLE.localName,
    certificatesTable: CERTIFICATES_TABLE.localName,
    transcodesTable: TRANSCODES_TABLE.localName,
    notificationsTable: NOTIFICATIONS_TABLE.localName,
    reviewsTable: REVIEWS_TABLE.localName,
    discussionsTable: DISCUSSIONS_TABLE.localName,
    contentBucket: 'test-bucket',
    mediaBaseUrl: '/media',
    auth: {
      userPoolId: 'local_test',
      clientId: 'test-client',
      issuer: 'http://127.0.0.1:9/local_test',
      secureCookies: true,
      rateLimit: { perIp: 1000, perAccount: 1000, windowSeconds: 60 },
    },
    catalogCacheSeconds: 0,
    payments: { secretKey: 'sk_test_unused', webhookSecret: 'whsec_test' },
    endpoints: { dynamodb: dynamodbEndpoint },
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  };
}
