import { awsJsonCaller } from './aws/aws-json-call';
import { CONFIG_PARAMETER_PATH, OPERATOR_SETTING_NAMES } from './operator-settings';

export { CONFIG_PARAMETER_PATH };

export interface ParametersByPathInput {
  readonly Path: string;
  readonly Recursive: boolean;
  readonly WithDecryption: boolean;
  readonly NextToken?: string;
}

/** The fields of SSM's GetParametersByPath answer the reader uses. */
export interface ParametersPage {
  readonly Parameters?: readonly { readonly Name?: string; readonly Value?: string }[];
  readonly NextToken?: string;
}

/** The one call the reader makes; tests hand in their own. */
export interface ParameterClient {
  getParametersByPath(input: ParametersByPathInput): Promise<ParametersPage>;
}

/** The environment loadConfig() reads, resolved once per cold start. */
export type SettingsSource = () => Promise<NodeJS.ProcessEnv>;

/**
 * GetParametersByPath as one signed JSON request (awsJsonCaller), without the SSM client: the
 * client's schemas add 80 KB to a bundle (the catalog function: 490 → 571 KB) for a call made once
 * per cold start.
 */
export function createSsmParameterClient(options: { readonly region: string; readonly endpoint?: string }): ParameterClient {
  const call = awsJsonCaller({ service: 'ssm', targetPrefix: 'AmazonSSM', jsonVersion: '1.1', ...options });
  return {
    async getParametersByPath(input) {
      return (await call('GetParametersByPath', input)) as ParametersPage;
    },
  };
}

/**
 * The operator settings under `path`, `{ NAME: value }` by the last segment of each parameter's
 * name. Only names of OPERATOR_SETTINGS count: a stray parameter cannot replace a table name.
 */
export async function readParameterPath(client: ParameterClient, path: string): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  let nextToken: string | undefined;
  do {
    const page = await client.getParametersByPath({ Path: path, Recursive: false, WithDecryption: true, ...(nextToken ? { NextToken: nextToken } : {}) });
    for (const parameter of page.Parameters ?? []) {
      const name = parameter.Name?.slice(parameter.Name.lastIndexOf('/') + 1);
      if (name && parameter.Value !== undefined && OPERATOR_SETTING_NAMES.has(name)) values[name] = parameter.Value;
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return values;
}

/**
 * With CONFIG_PARAMETER_PATH set (on AWS), the parameters under it over the environment variables
 * of the same names, read on the first call and kept for the life of the process; without it
 * (locally, tests), the environment as it is. A failed read is not kept: the next call tries again.
 */
export function createSettingsSource(env: NodeJS.ProcessEnv, client: () => ParameterClient): SettingsSource {
  let cached: Promise<NodeJS.ProcessEnv> | undefined;
  return () => {
    const path = env[CONFIG_PARAMETER_PATH];
    if (!path) return Promise.resolve(env);
    cached ??= readParameterPath(client(), path).then(
      (values) => ({ ...env, ...values }),
      (error: unknown) => {
        cached = undefined;
        throw error;
      },
    );
    return cached;
  };
}

/** The functions' source: Parameter Store on AWS, the environment elsewhere. */
export const parameterStoreSettings: SettingsSource = createSettingsSource(process.env, () =>
  createSsmParameterClient({ region: process.env.AWS_REGION ?? 'us-east-1' }),
);
