import { Sha256 } from '@smithy/core/checksum';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
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
 * GetParametersByPath as one SigV4-signed JSON request, without the SSM client: the client's
 * schemas add 80 KB to a bundle (the catalog function: 490 → 571 KB) for a call made once per
 * cold start. The same signer, hash (Node's crypto) and credentials as the SDK clients' own (as
 * S3ObjectLinks does for links).
 */
export function createSsmParameterClient(options: { readonly region: string; readonly endpoint?: string }): ParameterClient {
  const signer = new SignatureV4({ service: 'ssm', region: options.region, credentials: fromEnv(), sha256: Sha256 });
  const endpoint = new URL(options.endpoint ?? `https://ssm.${options.region}.amazonaws.com/`);
  return {
    async getParametersByPath(input) {
      const body = JSON.stringify(input);
      const request = new HttpRequest({
        method: 'POST',
        protocol: endpoint.protocol,
        hostname: endpoint.hostname,
        port: endpoint.port ? Number(endpoint.port) : undefined,
        path: '/',
        headers: { host: endpoint.host, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.GetParametersByPath' },
        body,
      });
      const signed = await signer.sign(request);
      const response = await fetch(endpoint, { method: 'POST', headers: signed.headers, body });
      const text = await response.text();
      if (!response.ok) throw new Error(`Parameter Store refused GetParametersByPath ${input.Path}: ${response.status} ${text.slice(0, 300)}`);
      return JSON.parse(text) as ParametersPage;
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
