import { TABLE_DEFINITIONS } from '../lib/db/table-definitions';

/** The environment a function's loadConfig() needs at cold start; placeholders, nothing is called. */
export const LAMBDA_TEST_ENV: Readonly<Record<string, string>> = {
  ...Object.fromEntries(TABLE_DEFINITIONS.map((table) => [table.envVar, `test-${table.id}`])),
  CONTENT_BUCKET: 'test-content',
  MEDIA_BASE_URL: '/media',
  USER_POOL_ID: 'eu-west-1_TEST',
  USER_POOL_CLIENT_ID: 'test-client',
  AWS_REGION: 'eu-west-1',
};
