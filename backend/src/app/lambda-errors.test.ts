import { afterEach, describe, expect, it, vi } from 'vitest';
import { coursesFunction } from './handlers/courses.handler';
import { invokeLambda } from '../testing/lambda-invoke';
import { testAppConfig } from '../testing/test-config';
import { createDomainApp } from './domain-function';

describe('errors the API did not expect', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answer a generic JSON 500, and only the log gets the SDK error and its stack', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A real DynamoDB client whose endpoint refuses connections: the SDK's own error, after its retries.
    const app = createDomainApp(coursesFunction, { ...testAppConfig('http://127.0.0.1:9') });

    const response = await invokeLambda(app, { method: 'GET', path: '/api/courses/demo-course' });

    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: 'Internal server error', code: 'Internal' });
    const text = JSON.stringify(response.body);
    for (const leak of ['ECONNREFUSED', '127.0.0.1', '$metadata', 'at ', '.ts:']) expect(text).not.toContain(leak);
    // Powertools' logger: the whole error, stack and SDK metadata included, in the log only.
    const logged = JSON.parse(String(log.mock.calls[0]?.[0])) as { level: string; message: string; path: string; error: { message: string; stack: string[] } };
    expect(logged).toMatchObject({ level: 'ERROR', message: 'unhandled error', path: '/api/courses/demo-course', error: { message: expect.stringContaining('ECONNREFUSED') } });
    expect(logged.error.stack.length).toBeGreaterThan(1);
  });
});
