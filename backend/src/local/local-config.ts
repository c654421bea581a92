import { join, resolve } from 'node:path';
import { catalogCacheSecondsFromEnv, DEFAULT_RATE_LIMIT, rateLimitFromEnv, type AuthConfig } from '../lib/config';
import type { UploadTuning } from '../lib/storage/upload-tuning';

/** Settings of the local stack, from the environment (documented in the README). */
export interface LocalStackOptions {
  /** Port of the one local URL (web app + API + media). 0 picks a free port. */
  readonly port: number;
  /** Ports of the emulators; 0 picks free ones. */
  readonly dynamoDbPort: number;
  readonly s3Port: number;
  readonly cognitoPort: number;
  /** Where the emulators keep their data; a restart with the same folder loses nothing. */
  readonly dataDir: string;
  /** Folder of the Angular build to serve. */
  readonly siteDir: string;
  /** Seed the demo catalog (idempotent). */
  readonly seedDemo: boolean;
  /** The administrator account created at start if missing. */
  readonly admin: { readonly email: string; readonly password: string };
  /** Auth rate limits (requests per window, per IP and per account). */
  readonly rateLimit: AuthConfig['rateLimit'];
  /** Stripe: real when a secret key is given; otherwise the local stand-in on `apiPort` (0 = free port). */
  readonly stripe: { readonly secretKey?: string; readonly webhookSecret: string; readonly apiPort: number };
  /** Multipart tuning (tests lower it to exercise multipart with small files). */
  readonly uploads?: UploadTuning;
  /**
   * A DynamoDB-compatible server that is already running (the benchmarks start dynalite in a
   * process of its own, as DynamoDB is a service apart); dynalite in this process when unset.
   */
  readonly dynamoDbEndpoint?: string;
  /** Seconds the public catalog's reads stay in memory; tests that write behind the API's back use 0. */
  readonly catalogCacheSeconds?: number;
  /** HMAC key of the weekly e-mail's unsubscribe links (DEFAULT_UNSUBSCRIBE_SECRET unless set). */
  readonly unsubscribeSecret?: string;
  /** Run the local transcoder (ffmpeg): `npm start` and the e2e stack do; throw-away stacks only when asked. */
  readonly transcoder?: boolean;
  /** Queue the demo lessons (and any lesson without a job) for transcoding after start (`TRANSCODE_DEMO`, default on). */
  readonly transcodeDemo?: boolean;
  /** The ffmpeg binary (`FFMPEG_PATH`); the npm package's when unset. */
  readonly ffmpegPath?: string;
}

export const DEFAULT_ADMIN = { email: 'admin@lessonstage.local', password: 'Admin!2345' } as const;
export const DEFAULT_WEBHOOK_SECRET = 'whsec_local_dev';
/** Known, like the local webhook secret: the links it signs reach only this machine's stack. */
export const DEFAULT_UNSUBSCRIBE_SECRET = 'local-unsubscribe-secret';
/** The mailto: of the local List-Unsubscribe header; nothing reads that mailbox locally. */
export const LOCAL_UNSUBSCRIBE_MAILTO = 'unsubscribe@lessonstage.local';
/** Seeded with the demo catalog: a student who has finished a course and holds its certificate. */
export const DEMO_STUDENT = { email: 'student@lessonstage.local', password: 'Student!2345', name: 'Sam Student' } as const;

const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * A stack for a test or a benchmark: free ports, everything kept in `dataDir`, no web app built
 * into it and no demo catalog unless `overrides` asks.
 */
export function throwawayStackOptions(dataDir: string, overrides: Partial<LocalStackOptions> = {}): LocalStackOptions {
  return {
    port: 0,
    dynamoDbPort: 0,
    s3Port: 0,
    cognitoPort: 0,
    dataDir,
    siteDir: join(dataDir, 'no-site'),
    seedDemo: false,
    admin: DEFAULT_ADMIN,
    rateLimit: DEFAULT_RATE_LIMIT,
    stripe: { webhookSecret: DEFAULT_WEBHOOK_SECRET, apiPort: 0 },
    ...overrides,
  };
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return parsed;
}

export function localStackOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LocalStackOptions {
  return {
    port: port(env.PORT, 4200, 'PORT'),
    dynamoDbPort: port(env.DYNAMODB_PORT, 4210, 'DYNAMODB_PORT'),
    s3Port: port(env.S3_PORT, 4211, 'S3_PORT'),
    cognitoPort: port(env.COGNITO_PORT, 4212, 'COGNITO_PORT'),
    dataDir: resolve(env.DATA_DIR ?? resolve(repoRoot, '.data')),
    siteDir: resolve(env.SITE_DIR ?? resolve(repoRoot, 'frontend/dist/frontend/browser')),
    seedDemo: env.SEED_DEMO !== 'false',
    admin: { email: env.SEED_ADMIN_EMAIL ?? DEFAULT_ADMIN.email, password: env.SEED_ADMIN_PASSWORD ?? DEFAULT_ADMIN.password },
    rateLimit: rateLimitFromEnv(env),
    catalogCacheSeconds: catalogCacheSecondsFromEnv(env),
    unsubscribeSecret: env.UNSUBSCRIBE_SECRET || undefined,
    transcoder: env.TRANSCODER !== 'off',
    transcodeDemo: env.TRANSCODE_DEMO !== 'false',
    ffmpegPath: env.FFMPEG_PATH || undefined,
    stripe: {
      secretKey: env.STRIPE_SECRET_KEY || undefined,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET || DEFAULT_WEBHOOK_SECRET,
      apiPort: port(env.STRIPE_PORT, 4213, 'STRIPE_PORT'),
    },
  };
}

export const DEFAULT_SITE_DIR = resolve(repoRoot, 'frontend/dist/frontend/browser');
