import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeAwsJsonEndpoint } from '../testing/fake-aws-json-endpoint';
import { LAMBDA_TEST_ENV } from '../testing/lambda-env';
import { ConfigError, loadConfig } from './config';
import {
  CONFIG_PARAMETER_PATH,
  createSettingsSource,
  createSsmParameterClient,
  readParameterPath,
  type ParameterClient,
  type ParametersByPathInput,
  type ParametersPage,
} from './config-parameters';
import { OPERATOR_SETTINGS } from './operator-settings';
import { DEFAULT_UPLOAD_TUNING } from './storage/upload-tuning';

const PATH = '/lessonstage/dev/config';

/** Answers GetParametersByPath from pages of [name, value] pairs and records what it was asked. */
function fakeParameterStore(pages: readonly (readonly [string, string])[][], failures = 0) {
  const calls: ParametersByPathInput[] = [];
  let failuresLeft = failures;
  const client: ParameterClient = {
    async getParametersByPath(input) {
      calls.push(input);
      if (failuresLeft-- > 0) throw new Error('ThrottlingException');
      const index = input.NextToken ? Number(input.NextToken) : 0;
      const page = pages[index] ?? [];
      const output: ParametersPage = {
        Parameters: page.map(([name, value]) => ({ Name: `${PATH}/${name}`, Value: value })),
        NextToken: index + 1 < pages.length ? String(index + 1) : undefined,
      };
      return output;
    },
  };
  return { client, calls };
}

describe('operator settings from Parameter Store', () => {
  it('reads every page of the path, by the last segment of each name, and only the known settings', async () => {
    const store = fakeParameterStore([[['AUTH_RATE_LIMIT_PER_IP', '7'], ['USER_POOL_ID', 'hijacked']], [['CATALOG_CACHE_SECONDS', '60']]]);
    expect(await readParameterPath(store.client, PATH)).toEqual({ AUTH_RATE_LIMIT_PER_IP: '7', CATALOG_CACHE_SECONDS: '60' });
    expect(store.calls).toEqual([
      { Path: PATH, Recursive: false, WithDecryption: true },
      { Path: PATH, Recursive: false, WithDecryption: true, NextToken: '1' },
    ]);
  });

  it('puts the parameters over the environment on AWS; what no parameter sets falls back to the variable', async () => {
    const store = fakeParameterStore([[['AUTH_RATE_LIMIT_PER_IP', '7'], ['CATALOG_CACHE_SECONDS', '60']]]);
    const env = { ...LAMBDA_TEST_ENV, [CONFIG_PARAMETER_PATH]: PATH, AUTH_RATE_LIMIT_PER_IP: '99', AUTH_RATE_LIMIT_PER_ACCOUNT: '3' };
    const config = loadConfig(await createSettingsSource(env, () => store.client)());
    expect(config.auth.rateLimit).toEqual({ perIp: 7, perAccount: 3, windowSeconds: 300 });
    expect(config.catalogCacheSeconds).toBe(60);
  });

  it('reads the path once per process (cold start) and keeps the answer', async () => {
    const store = fakeParameterStore([[['CATALOG_CACHE_SECONDS', '60']]]);
    let clients = 0;
    const settings = createSettingsSource({ ...LAMBDA_TEST_ENV, [CONFIG_PARAMETER_PATH]: PATH }, () => {
      clients += 1;
      return store.client;
    });
    const [first, second] = await Promise.all([settings(), settings()]);
    expect(await settings()).toBe(first);
    expect(second).toBe(first);
    expect(store.calls).toHaveLength(1);
    expect(clients).toBe(1);
  });

  it('tries again on the next call when a read failed, instead of keeping the failure', async () => {
    const store = fakeParameterStore([[['CATALOG_CACHE_SECONDS', '60']]], 1);
    const settings = createSettingsSource({ ...LAMBDA_TEST_ENV, [CONFIG_PARAMETER_PATH]: PATH }, () => store.client);
    await expect(settings()).rejects.toThrow('ThrottlingException');
    expect((await settings()).CATALOG_CACHE_SECONDS).toBe('60');
    expect(store.calls).toHaveLength(2);
  });

  it('uses the environment as it is without CONFIG_PARAMETER_PATH (local stack, tests) and never builds a client', async () => {
    const env = { ...LAMBDA_TEST_ENV, CATALOG_CACHE_SECONDS: '0' };
    const settings = createSettingsSource(env, () => {
      throw new Error('no client expected');
    });
    expect(await settings()).toBe(env);
    expect(loadConfig(await settings()).catalogCacheSeconds).toBe(0);
  });

  it('checks a parameter like a variable: a bad value fails the cold start with its name', async () => {
    const store = fakeParameterStore([[['AUTH_RATE_LIMIT_WINDOW_SECONDS', 'soon']]]);
    const env = await createSettingsSource({ ...LAMBDA_TEST_ENV, [CONFIG_PARAMETER_PATH]: PATH }, () => store.client)();
    expect(() => loadConfig(env)).toThrow(new ConfigError('AUTH_RATE_LIMIT_WINDOW_SECONDS must be an integer of at least 1'));
  });

  it('tunes multipart uploads from UPLOAD_* (at least S3\'s 5 MiB part), defaults when unset', () => {
    expect(loadConfig(LAMBDA_TEST_ENV).uploads).toEqual(DEFAULT_UPLOAD_TUNING);
    const tuned = loadConfig({ ...LAMBDA_TEST_ENV, UPLOAD_MULTIPART_THRESHOLD_BYTES: String(50 * 1024 ** 2), UPLOAD_MIN_PART_BYTES: String(8 * 1024 ** 2) });
    expect(tuned.uploads).toEqual({ multipartThresholdBytes: 50 * 1024 ** 2, minPartBytes: 8 * 1024 ** 2 });
    expect(() => loadConfig({ ...LAMBDA_TEST_ENV, UPLOAD_MIN_PART_BYTES: '1024' })).toThrow(/UPLOAD_MIN_PART_BYTES/);
  });

  it('has a default for every setting that loadConfig falls back to', () => {
    const config = loadConfig(LAMBDA_TEST_ENV);
    const byName = Object.fromEntries(OPERATOR_SETTINGS.map((setting) => [setting.name, setting.defaultValue]));
    expect({
      AUTH_RATE_LIMIT_PER_IP: config.auth.rateLimit.perIp,
      AUTH_RATE_LIMIT_PER_ACCOUNT: config.auth.rateLimit.perAccount,
      AUTH_RATE_LIMIT_WINDOW_SECONDS: config.auth.rateLimit.windowSeconds,
      CATALOG_CACHE_SECONDS: config.catalogCacheSeconds,
      UPLOAD_MULTIPART_THRESHOLD_BYTES: config.uploads?.multipartThresholdBytes,
      UPLOAD_MIN_PART_BYTES: config.uploads?.minPartBytes,
    }).toEqual(byName);
  });
});

describe('the signed GetParametersByPath request', () => {
  afterEach(() => vi.unstubAllEnvs());

  const fakeSsmEndpoint = fakeAwsJsonEndpoint;

  it('posts the JSON 1.1 call SigV4-signed for ssm with the function role\'s credentials from the environment', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'session-token');
    const ssm = await fakeSsmEndpoint(200, { Parameters: [{ Name: `${PATH}/CATALOG_CACHE_SECONDS`, Value: '60' }] });
    try {
      const client = createSsmParameterClient({ region: 'eu-west-1', endpoint: ssm.endpoint });
      expect(await readParameterPath(client, PATH)).toEqual({ CATALOG_CACHE_SECONDS: '60' });
      const [request] = ssm.requests;
      expect(request!.headers['x-amz-target']).toBe('AmazonSSM.GetParametersByPath');
      expect(request!.headers['content-type']).toBe('application/x-amz-json-1.1');
      expect(request!.headers['x-amz-security-token']).toBe('session-token');
      expect(request!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/ssm\/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$/);
      expect(JSON.parse(request!.body)).toEqual({ Path: PATH, Recursive: false, WithDecryption: true });
    } finally {
      await ssm.close();
    }
  });

  it('fails with SSM\'s answer when the call is refused (e.g. no permission on the path)', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    const ssm = await fakeSsmEndpoint(400, { __type: 'AccessDeniedException', message: 'not authorized to perform: ssm:GetParametersByPath' });
    try {
      const client = createSsmParameterClient({ region: 'eu-west-1', endpoint: ssm.endpoint });
      await expect(readParameterPath(client, PATH)).rejects.toThrow(/AmazonSSM.GetParametersByPath refused: 400 .*AccessDeniedException/);
    } finally {
      await ssm.close();
    }
  });
});
