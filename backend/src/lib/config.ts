import { COURSES_TABLE } from './db/table-definitions';

/** Configuration read once at cold start. Endpoints are optional: the SDK picks AWS ones by default. */
export interface AppConfig {
  readonly region: string;
  readonly coursesTable: string;
  readonly contentBucket: string;
  /** Base URL under which public media (thumbnails) are served, e.g. "/media". */
  readonly mediaBaseUrl: string;
  readonly endpoints: { readonly dynamodb?: string; readonly s3?: string; readonly cognito?: string };
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

export class ConfigError extends Error {}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`Missing environment variable ${name}`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    region: env.AWS_REGION ?? 'us-east-1',
    coursesTable: required(env, COURSES_TABLE.envVar),
    contentBucket: required(env, 'CONTENT_BUCKET'),
    mediaBaseUrl: env.MEDIA_BASE_URL ?? '/media',
    endpoints: {},
  };
}
