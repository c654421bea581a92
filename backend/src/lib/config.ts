import { operatorDefault } from './operator-settings';
import { DEFAULT_UPLOAD_TUNING, type UploadTuning } from './storage/upload-tuning';
import { tableNames, type TableNames } from './db/table-names';

export interface AuthConfig {
  readonly userPoolId: string;
  readonly clientId: string;
  /** Token issuer: https://cognito-idp.<region>.amazonaws.com/<poolId> on AWS. */
  readonly issuer: string;
  /** Session cookies get `Secure` everywhere but on the local http stack. */
  readonly secureCookies: boolean;
  /** Requests allowed per client IP, and per account, in one rate-limit window of the auth routes. */
  readonly rateLimit: { readonly perIp: number; readonly perAccount: number; readonly windowSeconds: number };
}

/** Configuration read once at cold start. Endpoints are optional: the SDK picks AWS ones by default. */
export interface AppConfig extends TableNames {
  readonly region: string;
  readonly contentBucket: string;
  /** Base URL under which public media (thumbnails) are served, e.g. "/media". */
  readonly mediaBaseUrl: string;
  readonly auth: AuthConfig;
  readonly payments: PaymentsConfig;
  /** Sender of receipts through SES (cloud); the local stack uses its dev mailbox instead. */
  readonly mailFrom?: string;
  /** HMAC key of the weekly e-mail's unsubscribe links: the value (local stack, tests) or its Secrets Manager id (cloud). */
  readonly unsubscribeSecret?: string;
  readonly unsubscribeSecretId?: string;
  /** The `mailto:` of the List-Unsubscribe header (MAIL_FROM unless set). */
  readonly unsubscribeMailto?: string;
  /** Public origin of the site (Stripe's return URLs, unsubscribe links). */
  readonly appOrigin?: string;
  /**
   * The x-origin-verify value CloudFront adds: requests without it are refused (AWS). Like the
   * value in CloudFront's own configuration it only proves the route taken, it guards no data.
   */
  readonly originVerifySecret?: string;
  /**
   * CloudFront signed cookies of streamed (HLS) lessons: the public key's id and the private key,
   * as a value (local stack, tests) or a Secrets Manager id (cloud).
   */
  readonly streamSigning?: StreamSigningConfig;
  /** How long the public catalog's reads are kept in memory (0: not at all). */
  readonly catalogCacheSeconds: number;
  /** Multipart tuning; the default (100 MB threshold, 16 MiB parts) unless a test lowers it. */
  readonly uploads?: UploadTuning;
  /** Presigned uploads through S3 Transfer Acceleration (`<bucket>.s3-accelerate.amazonaws.com`); AWS only. */
  readonly transferAcceleration?: boolean;
  /** The transcode state machine a Retry starts (AWS only; locally the runner polls the table). */
  readonly transcodeStateMachineArn?: string;
  readonly endpoints: {
    readonly dynamodb?: string;
    readonly s3?: string;
    readonly cognito?: string;
    /** Where presigned storage URLs point (local: the app's /storage gateway); S3 itself when unset. */
    readonly storagePublic?: string;
  };
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

export interface PaymentsConfig {
  /** Either the key itself (local, tests) or the Secrets Manager id holding it (cloud). */
  readonly secretKey?: string;
  readonly secretKeyId?: string;
  readonly webhookSecret?: string;
  readonly webhookSecretId?: string;
  /** Another Stripe API base: the local stand-in or a test server. */
  readonly apiBase?: string;
}

export interface StreamSigningConfig {
  readonly keyPairId: string;
  readonly privateKey?: string;
  readonly privateKeyId?: string;
}

export class ConfigError extends Error {}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`Missing environment variable ${name}`);
  return value;
}

function integerAtLeast(min: number, env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer of at least ${min}`);
  return value;
}

const positiveInt = (env: NodeJS.ProcessEnv, name: string, fallback: number) => integerAtLeast(1, env, name, fallback);

/** A few seconds of staleness for anonymous catalog reads, in exchange for most reads being free. */
export const DEFAULT_CATALOG_CACHE_SECONDS = operatorDefault('CATALOG_CACHE_SECONDS');

export function catalogCacheSecondsFromEnv(env: NodeJS.ProcessEnv): number {
  return integerAtLeast(0, env, 'CATALOG_CACHE_SECONDS', DEFAULT_CATALOG_CACHE_SECONDS);
}

export const DEFAULT_RATE_LIMIT = {
  perIp: operatorDefault('AUTH_RATE_LIMIT_PER_IP'),
  perAccount: operatorDefault('AUTH_RATE_LIMIT_PER_ACCOUNT'),
  windowSeconds: operatorDefault('AUTH_RATE_LIMIT_WINDOW_SECONDS'),
} as const;

/** S3 refuses multipart parts under 5 MiB (all but the last). */
const S3_MIN_PART_BYTES = 5 * 1024 ** 2;

export function uploadTuningFromEnv(env: NodeJS.ProcessEnv): UploadTuning {
  return {
    multipartThresholdBytes: integerAtLeast(S3_MIN_PART_BYTES, env, 'UPLOAD_MULTIPART_THRESHOLD_BYTES', DEFAULT_UPLOAD_TUNING.multipartThresholdBytes),
    minPartBytes: integerAtLeast(S3_MIN_PART_BYTES, env, 'UPLOAD_MIN_PART_BYTES', DEFAULT_UPLOAD_TUNING.minPartBytes),
  };
}

export function rateLimitFromEnv(env: NodeJS.ProcessEnv): AuthConfig['rateLimit'] {
  return {
    perIp: positiveInt(env, 'AUTH_RATE_LIMIT_PER_IP', DEFAULT_RATE_LIMIT.perIp),
    perAccount: positiveInt(env, 'AUTH_RATE_LIMIT_PER_ACCOUNT', DEFAULT_RATE_LIMIT.perAccount),
    windowSeconds: positiveInt(env, 'AUTH_RATE_LIMIT_WINDOW_SECONDS', DEFAULT_RATE_LIMIT.windowSeconds),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const region = env.AWS_REGION ?? 'us-east-1';
  const userPoolId = required(env, 'USER_POOL_ID');
  return {
    region,
    ...tableNames((table) => required(env, table.envVar)),
    contentBucket: required(env, 'CONTENT_BUCKET'),
    mediaBaseUrl: env.MEDIA_BASE_URL ?? '/media',
    auth: {
      userPoolId,
      clientId: required(env, 'USER_POOL_CLIENT_ID'),
      issuer: env.COGNITO_ISSUER ?? `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`,
      secureCookies: true,
      rateLimit: rateLimitFromEnv(env),
    },
    payments: {
      secretKey: env.STRIPE_SECRET_KEY,
      secretKeyId: env.STRIPE_SECRET_KEY_SECRET_ID,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      webhookSecretId: env.STRIPE_WEBHOOK_SECRET_SECRET_ID,
      apiBase: env.STRIPE_API_BASE,
    },
    mailFrom: env.MAIL_FROM,
    unsubscribeSecret: env.UNSUBSCRIBE_SECRET || undefined,
    unsubscribeSecretId: env.UNSUBSCRIBE_SECRET_SECRET_ID || undefined,
    unsubscribeMailto: env.UNSUBSCRIBE_MAILTO || env.MAIL_FROM || undefined,
    appOrigin: env.APP_ORIGIN,
    catalogCacheSeconds: catalogCacheSecondsFromEnv(env),
    uploads: uploadTuningFromEnv(env),
    transferAcceleration: env.S3_TRANSFER_ACCELERATION === 'true',
    transcodeStateMachineArn: env.TRANSCODE_STATE_MACHINE_ARN || undefined,
    originVerifySecret: env.ORIGIN_VERIFY_SECRET || undefined,
    streamSigning: env.CLOUDFRONT_KEY_PAIR_ID
      ? { keyPairId: env.CLOUDFRONT_KEY_PAIR_ID, privateKey: env.CLOUDFRONT_PRIVATE_KEY || undefined, privateKeyId: env.CLOUDFRONT_PRIVATE_KEY_SECRET_ID || undefined }
      : undefined,
    endpoints: {},
  };
}
