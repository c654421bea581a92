import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SITE_DIR, HLS_PLACEHOLDER_PUBLIC_KEY, INFRA_ROOT } from './paths';

export type Stage = 'dev' | 'prod';

/** Everything the stacks need to know about one deployment, read from CDK context (`-c key=value`). */
export interface AppConfig {
  readonly stage: Stage;
  /** Account of every stack; undefined = environment-agnostic (tests, synth without credentials). */
  readonly account?: string;
  /** Region of the application stack. The edge stack (WAF) is always in us-east-1. */
  readonly region: string;
  /** Custom host name of the site (e.g. app.lessonstage.com); needs certificateArn. */
  readonly domainName?: string;
  /** ACM certificate in us-east-1 covering domainName. */
  readonly certificateArn?: string;
  /**
   * Secrets Manager name prefix of the Stripe secrets (created by hand, never by CDK):
   * `<prefix>/secret-key` and `<prefix>/webhook-secret`, see stripeSecretIds().
   */
  readonly stripeSecretName: string;
  /** Sender address of the receipts (SES); without it the API sends no mail. */
  readonly mailFrom?: string;
  /** E-mail address subscribed to the alarm topic. */
  readonly alarmEmail?: string;
  /** Angular build to deploy; undefined = no site stack (the build does not exist or deploySite=false). */
  readonly siteDir?: string;
  /**
   * The CloudFront public key (RSA 2048, PEM) that checks the HLS cookies. Without the context
   * value, a placeholder whose private key nobody holds: the stack deploys, HLS answers 403.
   */
  readonly hlsPublicKeyPem: string;
  /** Secrets Manager name of the matching private key (created by hand, never by CDK). */
  readonly hlsPrivateKeySecretName: string;
  /** S3 Transfer Acceleration on the content bucket, and presigned uploads through its endpoint. */
  readonly transferAcceleration: boolean;
  /** Provisioned concurrency of the playback (media) and catalog (courses) functions; 0 = none. */
  readonly provisionedConcurrency: number;
}

/** Reads one context value (a string from the CLI, any JSON value from cdk.json). */
export type ContextReader = (key: string) => unknown;

export class ConfigError extends Error {}

const CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function text(read: ContextReader, key: string): string | undefined {
  const value = read(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ConfigError(`Context "${key}" must be a string`);
  return value.trim();
}

function stageOf(read: ContextReader): Stage {
  const stage = text(read, 'stage') ?? 'dev';
  if (stage !== 'dev' && stage !== 'prod') throw new ConfigError(`Context "stage" must be "dev" or "prod", got "${stage}"`);
  return stage;
}

function siteDirOf(read: ContextReader, fileExists: (file: string) => boolean): string | undefined {
  const deploySite = read('deploySite');
  if (deploySite === false || deploySite === 'false') return undefined;
  const configured = text(read, 'siteDir');
  const dir = configured ? path.resolve(INFRA_ROOT, configured) : DEFAULT_SITE_DIR;
  const built = fileExists(path.join(dir, 'index.html'));
  // An explicitly named folder must exist; the default one is optional (synth before the first build).
  if (configured && !built) throw new ConfigError(`Context "siteDir": no index.html in ${dir}`);
  return built ? dir : undefined;
}

function flag(read: ContextReader, key: string): boolean {
  const value = read(key);
  if (value === undefined || value === null || value === '' || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw new ConfigError(`Context "${key}" must be true or false`);
}

function count(read: ContextReader, key: string): number {
  const value = read(key);
  if (value === undefined || value === null || value === '') return 0;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number) || number < 0) throw new ConfigError(`Context "${key}" must be a whole number of at least 0`);
  return number;
}

/** CloudFront takes RSA 2048 public keys in PEM (SubjectPublicKeyInfo). A CLI value may carry `\n` for its line breaks. */
function publicKeyOf(read: ContextReader): string {
  const given = text(read, 'hlsPublicKeyPem')?.replace(/\\n/g, '\n');
  const pem = given ?? readFileSync(HLS_PLACEHOLDER_PUBLIC_KEY, 'utf8').trim();
  let details: { type?: string; bits?: number };
  try {
    const key = createPublicKey(pem);
    details = { type: key.asymmetricKeyType, bits: key.asymmetricKeyDetails?.modulusLength };
  } catch {
    throw new ConfigError('Context "hlsPublicKeyPem" is not a PEM public key (-----BEGIN PUBLIC KEY----- …)');
  }
  if (details.type !== 'rsa' || details.bits !== 2048) throw new ConfigError('Context "hlsPublicKeyPem" must be an RSA 2048-bit key (CloudFront takes no other)');
  if (!pem.startsWith('-----BEGIN PUBLIC KEY-----')) throw new ConfigError('Context "hlsPublicKeyPem" must be in SubjectPublicKeyInfo PEM (-----BEGIN PUBLIC KEY-----)');
  return `${pem}\n`;
}

/** The two Stripe secrets (plain string values) the payments handler reads by id. */
export function stripeSecretIds(stripeSecretName: string): { readonly secretKey: string; readonly webhookSecret: string } {
  return { secretKey: `${stripeSecretName}/secret-key`, webhookSecret: `${stripeSecretName}/webhook-secret` };
}

export function readAppConfig(
  read: ContextReader,
  env: NodeJS.ProcessEnv = process.env,
  fileExists: (file: string) => boolean = existsSync,
): AppConfig {
  const stage = stageOf(read);
  const domainName = text(read, 'domainName')?.toLowerCase();
  const certificateArn = text(read, 'certificateArn');
  const alarmEmail = text(read, 'alarmEmail');
  const mailFrom = text(read, 'mailFrom');

  if (domainName && !DOMAIN.test(domainName)) throw new ConfigError(`Context "domainName" is not a host name: ${domainName}`);
  if (domainName && !certificateArn) throw new ConfigError('Context "domainName" needs "certificateArn" (an ACM certificate in us-east-1)');
  if (certificateArn && !domainName) throw new ConfigError('Context "certificateArn" is only used together with "domainName"');
  if (certificateArn && !CERTIFICATE_ARN.test(certificateArn)) {
    throw new ConfigError(`Context "certificateArn" must be an ACM certificate ARN in us-east-1, got ${certificateArn}`);
  }
  if (alarmEmail && !EMAIL.test(alarmEmail)) throw new ConfigError(`Context "alarmEmail" is not an e-mail address: ${alarmEmail}`);
  if (mailFrom && !EMAIL.test(mailFrom)) throw new ConfigError(`Context "mailFrom" is not an e-mail address: ${mailFrom}`);

  return {
    stage,
    account: text(read, 'account') ?? env.CDK_DEFAULT_ACCOUNT,
    region: text(read, 'region') ?? env.CDK_DEFAULT_REGION ?? 'us-east-1',
    domainName,
    certificateArn,
    stripeSecretName: text(read, 'stripeSecretName') ?? `lessonstage/${stage}/stripe`,
    alarmEmail,
    mailFrom,
    siteDir: siteDirOf(read, fileExists),
    hlsPublicKeyPem: publicKeyOf(read),
    hlsPrivateKeySecretName: text(read, 'hlsPrivateKeySecretName') ?? `lessonstage/${stage}/hls-private-key`,
    transferAcceleration: flag(read, 'transferAcceleration'),
    provisionedConcurrency: count(read, 'provisionedConcurrency'),
  };
}
