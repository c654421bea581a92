import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { TABLE_DEFINITIONS } from '@lessonstage/backend/tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataConstruct } from '../lib/data.construct';
import { DomainFunction } from '../lib/domain-function.construct';
import { CDK_JSON_CONTEXT } from './support/synth';

/** Env the handler's loadConfig() needs at cold start; values are placeholders, nothing is called. */
const HANDLER_ENV = {
  ...Object.fromEntries(TABLE_DEFINITIONS.map((table) => [table.envVar, `test-${table.id}`])),
  CONTENT_BUCKET: 'test-content',
  MEDIA_BASE_URL: '/media',
  USER_POOL_ID: 'eu-west-1_TEST',
  USER_POOL_CLIENT_ID: 'test-client',
  AWS_REGION: 'eu-west-1',
};

/** An HTTP API (payload 2.0) event for GET /api/health. */
const HEALTH_EVENT = {
  version: '2.0',
  routeKey: 'GET /api/health',
  rawPath: '/api/health',
  rawQueryString: '',
  headers: { host: 'example.cloudfront.net', accept: 'application/json' },
  requestContext: {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'example.cloudfront.net',
    domainPrefix: 'example',
    http: { method: 'GET', path: '/api/health', protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 'vitest' },
    requestId: 'test',
    routeKey: 'GET /api/health',
    stage: '$default',
    time: '01/Jan/2026:00:00:00 +0000',
    timeEpoch: 0,
  },
  isBase64Encoded: false,
};

describe('Lambda bundling (real esbuild, no Docker)', () => {
  let bundleDir: string;

  beforeAll(() => {
    const app = new App({ context: CDK_JSON_CONTEXT });
    const stack = new Stack(app, 'Bundling', { env: { region: 'eu-west-1' } });
    const fn = new DomainFunction(stack, 'Health', {
      stage: 'dev',
      domain: 'health',
      access: {},
      environment: {},
      data: new DataConstruct(stack, 'Data', { stage: 'dev' }),
      contentBucket: new Bucket(stack, 'Content'),
      userPool: new UserPool(stack, 'Pool'),
      stripeSecrets: [],
      mailIdentityArns: [],
    });
    const assembly = app.synth();
    // The code asset is uploaded as <hash>.zip and staged as asset.<hash>/ in the cloud assembly.
    const s3Key = stack.resolve((fn.function.node.defaultChild as CfnFunction).code) as { s3Key: string };
    bundleDir = path.join(assembly.directory, `asset.${s3Key.s3Key.replace(/\.zip$/, '')}`);
  });

  it('writes a minified CommonJS bundle with its source map', () => {
    const bundle = path.join(bundleDir, 'index.js');
    expect(existsSync(bundle)).toBe(true);
    expect(existsSync(`${bundle}.map`)).toBe(true);
    const size = statSync(bundle).size;
    // Health builds no client, so no AWS SDK: ~136 KB (hono, zod). Past 400 KB, a handler's
    // imports pulled in another domain's routes or clients.
    expect(size).toBeGreaterThan(10_000);
    expect(size).toBeLessThan(400_000);
  });

  it('loads in Node and answers GET /api/health through the Lambda adapter', () => {
    const script = `
      const { handler } = require(${JSON.stringify(path.join(bundleDir, 'index.js'))});
      handler(${JSON.stringify(HEALTH_EVENT)}, {}).then((r) => process.stdout.write(JSON.stringify(r)));
    `;
    const output = execFileSync(process.execPath, ['-e', script], {
      env: { PATH: process.env.PATH, NODE_NO_WARNINGS: '1', ...HANDLER_ENV },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const response = JSON.parse(output);
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });
});
