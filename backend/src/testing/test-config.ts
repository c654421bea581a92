import type { AppConfig } from '../lib/config';
import { tableNames } from '../lib/db/table-names';

/** App configuration for tests that run the API against a test dynalite (no Cognito needed). */
export function testAppConfig(dynamodbEndpoint: string): AppConfig {
  return {
    region: 'us-east-1',
    ...tableNames((table) => table.localName),
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
