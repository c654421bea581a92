import { describe, expect, it } from 'vitest';
import { healthFunction } from './handlers/health.handler';
import { invokeLambda } from '../testing/lambda-invoke';
import { testAppConfig } from '../testing/test-config';
import { createDomainApp } from './domain-function';
import { ORIGIN_VERIFY_HEADER } from '../lib/http/origin-verify.middleware';

const SECRET = 'a-long-random-value-only-cloudfront-knows';

describe('origin verification (requests must come through CloudFront)', () => {
  const throughCloudFront = createDomainApp(healthFunction, { ...testAppConfig('http://127.0.0.1:9'), originVerifySecret: SECRET });

  it('serves a request carrying the secret header', async () => {
    const response = await invokeLambda(throughCloudFront, { method: 'GET', path: '/api/health', headers: { [ORIGIN_VERIFY_HEADER]: SECRET } });
    expect(response.status).toBe(200);
  });

  it.each([
    ['no header', {}],
    ['a wrong value', { [ORIGIN_VERIFY_HEADER]: 'guess' }],
    ['the value with a character more', { [ORIGIN_VERIFY_HEADER]: `${SECRET}x` }],
  ])('refuses %s with a JSON 403', async (_, headers: Record<string, string>) => {
    const response = await invokeLambda(throughCloudFront, { method: 'GET', path: '/api/health', headers });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: expect.any(String), code: 'DirectAccessRefused' });
  });

  it('checks nothing where no secret is configured (the local server)', async () => {
    const local = createDomainApp(healthFunction, testAppConfig('http://127.0.0.1:9'));
    expect((await invokeLambda(local, { method: 'GET', path: '/api/health' })).status).toBe(200);
  });
});
