import { describe, expect, it } from 'vitest';
import { paymentsFunction } from './handlers/payments.handler';
import { invokeLambda } from '../testing/lambda-invoke';
import { testAppConfig } from '../testing/test-config';
import { createDomainApp } from './domain-function';
import { API_BODY_LIMIT_BYTES } from '../lib/http/body-limit.middleware';

// Nothing listens there: a request that got past the limit would fail on its first database call.
const app = createDomainApp(paymentsFunction, testAppConfig('http://127.0.0.1:9'));
const webhook = { method: 'POST', path: '/api/payments/webhook', headers: { 'content-type': 'application/json' } } as const;
const bodyOf = (bytes: number) => JSON.stringify({ pad: 'x'.repeat(bytes - 10) });

describe('API body limit', () => {
  it('refuses a body over the limit with a JSON 413, through the Lambda adapter', async () => {
    const response = await invokeLambda(app, { ...webhook, body: bodyOf(API_BODY_LIMIT_BYTES + 1) });

    expect(response.status).toBe(413);
    expect(response.body).toEqual({ error: `body: larger than the limit of ${API_BODY_LIMIT_BYTES} bytes`, code: 'PayloadTooLarge' });
  });

  it('refuses one sent in chunks without a length, once it passes the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 4 * API_BODY_LIMIT_BYTES) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await app.request(webhook.path, { method: 'POST', headers: webhook.headers, body, duplex: 'half' } as RequestInit);

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'PayloadTooLarge' });
    // It stopped reading just past the limit (the stream runs a chunk ahead), not at the end.
    expect(sent).toBeLessThanOrEqual(API_BODY_LIMIT_BYTES + 2 * chunk.length);
  });

  it('lets a body at the limit through to the route (here: no Stripe signature → 400)', async () => {
    const response = await invokeLambda(app, { ...webhook, body: bodyOf(API_BODY_LIMIT_BYTES) });

    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/Stripe-Signature/);
  });
});
