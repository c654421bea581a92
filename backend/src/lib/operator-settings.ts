import { MULTIPART_THRESHOLD_BYTES } from '@lessonstage/shared';

/**
 * Settings an operator may change without a deploy. On AWS each is an SSM parameter
 * `<CONFIG_PARAMETER_PATH>/<name>` (the CDK app creates them with these defaults and the functions
 * that use them read the path at cold start, config-parameters.ts); locally and in tests they are
 * environment variables of the same names. loadConfig() parses and checks them either way.
 * Plain data: the CDK app imports it too.
 */
/** Environment variable naming the SSM path of the settings (set by the CDK app on the functions that read them). */
export const CONFIG_PARAMETER_PATH = 'CONFIG_PARAMETER_PATH';

export interface OperatorSetting {
  readonly name: string;
  /** Value when neither a parameter nor a variable sets it (what loadConfig falls back to). */
  readonly defaultValue: number;
  readonly description: string;
}

export const OPERATOR_SETTINGS: readonly OperatorSetting[] = [
  { name: 'AUTH_RATE_LIMIT_PER_IP', defaultValue: 30, description: 'Sign-in/sign-up requests allowed per client IP in one rate-limit window' },
  { name: 'AUTH_RATE_LIMIT_PER_ACCOUNT', defaultValue: 10, description: 'Sign-in/reset requests allowed per account in one rate-limit window' },
  { name: 'AUTH_RATE_LIMIT_WINDOW_SECONDS', defaultValue: 300, description: 'Length of the auth rate-limit window, in seconds' },
  { name: 'CATALOG_CACHE_SECONDS', defaultValue: 5, description: 'How long the public catalog is kept in memory (0: not at all)' },
  { name: 'UPLOAD_MULTIPART_THRESHOLD_BYTES', defaultValue: MULTIPART_THRESHOLD_BYTES, description: 'Uploads larger than this go to S3 in parts' },
  { name: 'UPLOAD_MIN_PART_BYTES', defaultValue: 16 * 1024 ** 2, description: 'Smallest part of a multipart upload, in bytes (S3: at least 5 MiB)' },
];

export const OPERATOR_SETTING_NAMES: ReadonlySet<string> = new Set(OPERATOR_SETTINGS.map((setting) => setting.name));

export function operatorDefault(name: string): number {
  const setting = OPERATOR_SETTINGS.find((candidate) => candidate.name === name);
  if (!setting) throw new Error(`No operator setting named ${name}`);
  return setting.defaultValue;
}
