import type { Context } from 'aws-lambda';
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DomainEnv } from '../lib/http/domain-env';
import { logger } from '../lib/observability/logger';
import { countMetric, metrics } from '../lib/observability/metrics';
import { LAMBDA_TEST_ENV } from '../testing/lambda-env';
import { httpApiEvent } from '../testing/lambda-invoke';
import { createDomainHandler } from './domain-function';

// Lambda sets this before any module loads; Powertools reads it when its instances are made.
vi.hoisted(() => {
  process.env.AWS_LAMBDA_INITIALIZATION_TYPE = 'on-demand';
});

const context = { functionName: 'lessonstage-test', awsRequestId: 'req-42', functionVersion: '$LATEST', memoryLimitInMB: '512', invokedFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:lessonstage-test' } as Context;

const routes = new Hono<DomainEnv<object>>().get('/probe', (c) => {
  logger.warn('probe ran');
  countMetric('ProbesRun');
  return c.json({ ok: true });
});
const handler = createDomainHandler({ domain: { name: 'probe', routes }, deps: () => ({}) });

describe('a Lambda entry', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('logs with the request id, cold start and function name, and publishes the metrics the request recorded', async () => {
    for (const [name, value] of Object.entries(LAMBDA_TEST_ENV)) vi.stubEnv(name, value);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const added = vi.spyOn(metrics, 'addMetric');
    const published = vi.spyOn(metrics, 'publishStoredMetrics');

    const response = await handler(httpApiEvent({ method: 'GET', path: '/api/probe' }), context);

    expect(response.statusCode).toBe(200);
    const line = JSON.parse(String(warn.mock.calls[0]?.[0])) as Record<string, unknown>;
    expect(line).toMatchObject({ message: 'probe ran', level: 'WARN', service: 'lessonstage', function_request_id: 'req-42', function_name: 'lessonstage-test', cold_start: true });
    expect(added).toHaveBeenCalledWith('ProbesRun', 'Count', 1);
    expect(published).toHaveBeenCalledTimes(1);

    await handler(httpApiEvent({ method: 'GET', path: '/api/probe' }), { ...context, awsRequestId: 'req-43' });
    expect(JSON.parse(String(warn.mock.calls[1]?.[0]))).toMatchObject({ function_request_id: 'req-43', cold_start: false });
  });
});
