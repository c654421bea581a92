import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookSender } from './webhook-sender';

const SECRET = 'whsec_outbox_test';
const stripe = new Stripe('sk_test_verifier');

/** A webhook endpoint that verifies Stripe's signature, as the real handler does, and answers `status()`. */
async function startEndpoint(status: () => number): Promise<{ server: Server; url: string; received: Stripe.Event[] }> {
  const received: Stripe.Event[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const event = stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers['stripe-signature']), SECRET);
      const code = status();
      if (code < 300) received.push(event);
      res.writeHead(code).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`, received };
}

describe('WebhookSender with its outbox', () => {
  let dir: string;
  let outboxFile: string;
  const servers: Server[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lessonstage-outbox-'));
    outboxFile = join(dir, 'stripe', 'outbox.json');
  });

  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pendingIds = () => (JSON.parse(readFileSync(outboxFile, 'utf8')) as { id: string }[]).map((event) => event.id);

  it('empties the outbox once the endpoint took the event', async () => {
    const endpoint = await startEndpoint(() => 200);
    servers.push(endpoint.server);

    await new WebhookSender(() => endpoint.url, SECRET, new WebhookOutbox(outboxFile)).send('checkout.session.completed', { id: 'cs_1' });

    expect(endpoint.received.map((event) => event.type)).toEqual(['checkout.session.completed']);
    expect(pendingIds()).toEqual([]);
  });

  it('keeps an event the endpoint refused, and the next start delivers it, same id and body', async () => {
    let status = 500;
    const endpoint = await startEndpoint(() => status);
    servers.push(endpoint.server);
    await new WebhookSender(() => endpoint.url, SECRET, new WebhookOutbox(outboxFile), [1]).send('checkout.session.completed', { id: 'cs_2' });
    const [owed] = pendingIds();
    expect(owed).toMatch(/^evt_test_/);
    expect(endpoint.received).toEqual([]);

    status = 200;
    // A restart: a new outbox read from the same file, a new sender.
    await new WebhookSender(() => endpoint.url, SECRET, new WebhookOutbox(outboxFile)).resendPending();

    expect(endpoint.received.map((event) => [event.id, (event.data.object as { id: string }).id])).toEqual([[owed, 'cs_2']]);
    expect(pendingIds()).toEqual([]);
  });

  it('stop() ends the waiting between retries at once and leaves the event owed', async () => {
    let attempts = 0;
    const endpoint = await startEndpoint(() => (attempts++, 503));
    servers.push(endpoint.server);
    const sender = new WebhookSender(() => endpoint.url, SECRET, new WebhookOutbox(outboxFile), [600_000]);
    const delivery = sender.send('charge.refunded', { id: 'ch_1' });
    await expect.poll(() => attempts).toBe(1);

    // Without the wake-up this would wait ten minutes: past the test's timeout.
    await sender.stop();
    await delivery;

    expect(attempts).toBe(1);
    expect(pendingIds()).toHaveLength(1);
  });
});
