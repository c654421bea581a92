import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { startLocalStack, throwawayStackOptions } from '@lessonstage/backend/local';
import { DOMAIN_NAMES } from '@lessonstage/backend/routes';
import { TABLE_DEFINITIONS } from '@lessonstage/backend/tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataConstruct } from '../lib/data.construct';
import { DomainFunction } from '../lib/domain-function.construct';
import { LAMBDA_UNUSED_CREDENTIAL_PROVIDERS } from '../lib/lambda-bundling';
import { weeklyPracticeMailEntry } from '../lib/paths';
import { LAMBDA_TEST_ENV } from '../../backend/src/testing/lambda-env';
import { CDK_JSON_CONTEXT } from './support/synth';

const HANDLER_ENV = LAMBDA_TEST_ENV;

/** An HTTP API (payload 2.0) event for a GET of `path`. */
const getEvent = (path: string) => ({
  version: '2.0',
  routeKey: `GET ${path}`,
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'example.cloudfront.net', accept: 'application/json' },
  requestContext: {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'example.cloudfront.net',
    domainPrefix: 'example',
    http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 'vitest' },
    requestId: 'test',
    routeKey: `GET ${path}`,
    stage: '$default',
    time: '01/Jan/2026:00:00:00 +0000',
    timeEpoch: 0,
  },
  isBase64Encoded: false,
});

/**
 * Runs a bundle's handler on `event` in a fresh Node, as Lambda loads it (an ES module). Not
 * execFileSync: the local stack's emulators run in this process and must keep answering.
 */
async function invokeBundle(bundle: string, event: object, env: Record<string, string>): Promise<{ statusCode: number; body: string }> {
  const script = `
    const { handler } = await import(${JSON.stringify(bundle)});
    process.stdout.write(JSON.stringify(await handler(${JSON.stringify(event)}, {})));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, NODE_NO_WARNINGS: '1', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return JSON.parse(stdout);
}

const JOB = 'weekly-practice-mail';

describe('Lambda bundling (real esbuild, no Docker)', () => {
  const bundles: Record<string, string> = {};

  beforeAll(() => {
    const app = new App({ context: CDK_JSON_CONTEXT });
    const stack = new Stack(app, 'Bundling', { env: { region: 'eu-west-1' } });
    const shared = {
      stage: 'dev' as const,
      access: {},
      environment: {},
      data: new DataConstruct(stack, 'Data', { stage: 'dev' }),
      contentBucket: new Bucket(stack, 'Content'),
      userPool: new UserPool(stack, 'Pool'),
      stripeSecrets: [],
      mailIdentityArns: [],
    };
    const functions = Object.fromEntries(
      DOMAIN_NAMES.map((domain) => [domain, new DomainFunction(stack, `${domain[0]!.toUpperCase()}${domain.slice(1)}`, { ...shared, domain })]),
    );
    // The weekly practice e-mail job: not an API domain, bundled the same way.
    functions[JOB] = new DomainFunction(stack, 'WeeklyPracticeMail', { ...shared, domain: JOB, job: { entry: weeklyPracticeMailEntry(), description: 'job', timeout: Duration.minutes(15) } });
    const assembly = app.synth();
    for (const [domain, fn] of Object.entries(functions)) {
      // The code asset is uploaded as <hash>.zip and staged as asset.<hash>/ in the cloud assembly.
      const s3Key = stack.resolve((fn.function.node.defaultChild as CfnFunction).code) as { s3Key: string };
      bundles[domain] = path.join(assembly.directory, `asset.${s3Key.s3Key.replace(/\.zip$/, '')}`, 'index.mjs');
    }
  });

  it('writes minified ES module bundles with their source maps', () => {
    for (const bundle of Object.values(bundles)) {
      expect(existsSync(bundle)).toBe(true);
      expect(existsSync(`${bundle}.map`)).toBe(true);
    }
    // Health builds no client: hono, zod and Powertools (its tracer carries the X-Ray SDK); courses
    // adds the DynamoDB client, the SigV4 signer of its Parameter Store read and every table's
    // repository class (create-repositories.ts builds them all; ~524 KB with #19's four). Past
    // these, a handler's imports pulled in another domain's code or clients.
    expect(statSync(bundles['health']!).size).toBeLessThan(300_000);
    expect(statSync(bundles['courses']!).size).toBeLessThan(540_000);
  });

  it('every function loads as Lambda loads it (an ES module) and exports its handler', async () => {
    expect(Object.keys(bundles).sort()).toEqual([...DOMAIN_NAMES, JOB].sort());
    // CommonJS packages inside (Stripe's helpers, qrcode, …) must find Node's built-ins in an ES module.
    const script = `for (const file of ${JSON.stringify(Object.values(bundles))}) { const m = await import(file); if (typeof m.handler !== 'function') throw new Error(file); } process.stdout.write('ok');`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, NODE_NO_WARNINGS: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(stdout).toBe('ok');
  });

  it("leaves out the credential providers Lambda never reaches, not the environment's", () => {
    const source = readFileSync(bundles['courses']!, 'utf8');
    for (const provider of LAMBDA_UNUSED_CREDENTIAL_PROVIDERS) expect(source).toContain(`import("${provider}")`);
    // The environment provider, the one Lambda uses, is inside.
    expect(source).toContain('AWS_SESSION_TOKEN');
  });

  it('loads in Node and answers GET /api/health through the Lambda adapter', async () => {
    const response = await invokeBundle(bundles['health']!, getEvent('/api/health'), HANDLER_ENV);

    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });

  describe('with a DynamoDB to read from', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lessonstage-bundling-'));
    let stack: Awaited<ReturnType<typeof startLocalStack>>;

    beforeAll(async () => {
      stack = await startLocalStack(throwawayStackOptions(dataDir, { seedDemo: true }));
    }, 60_000);

    afterAll(async () => {
      await stack?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers GET /api/courses as the local server does, with credentials from the environment as on Lambda', async () => {
      const { config } = stack;
      const tables = Object.fromEntries(
        TABLE_DEFINITIONS.map((table) => [table.envVar, config[`${table.id[0]!.toLowerCase()}${table.id.slice(1)}Table` as keyof typeof config] as string]),
      );
      const response = await invokeBundle(bundles['courses']!, getEvent('/api/courses'), {
        ...HANDLER_ENV,
        ...tables,
        AWS_REGION: config.region,
        AWS_ENDPOINT_URL_DYNAMODB: config.endpoints.dynamodb!,
        AWS_ACCESS_KEY_ID: 'lambda-role-key',
        AWS_SECRET_ACCESS_KEY: 'lambda-role-secret',
        AWS_SESSION_TOKEN: 'lambda-role-session',
        CATALOG_CACHE_SECONDS: '0',
      });

      expect(response.statusCode).toBe(200);
      const body = JSON.parse(response.body);
      expect(body.items.length).toBeGreaterThan(0);
      expect(body).toEqual(await (await fetch(`${stack.url}/api/courses`)).json());
    });
  });
});
