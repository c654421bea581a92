import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { StripeGateway } from './stripe.gateway';

const SECRET = 'whsec_gateway_test';
const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'charge.refunded', data: { object: {} } });
const signer = new Stripe('sk_test_signer');
const signed = (body: string, secret = SECRET) => signer.webhooks.generateTestHeaderString({ payload: body, secret });

function gateway(webhookSecret: () => Promise<string> = async () => SECRET): StripeGateway {
  return new StripeGateway({ secretKey: async () => 'sk_test_unused', webhookSecret });
}

describe('StripeGateway.verifyEvent', () => {
  it('returns the event when the signature verifies over the raw body', async () => {
    expect((await gateway().verifyEvent(payload, signed(payload)))?.id).toBe('evt_1');
  });

  it('answers null for a signature that does not verify: another secret, another body, or no signature at all', async () => {
    expect(await gateway().verifyEvent(payload, signed(payload, 'whsec_other'))).toBeNull();
    expect(await gateway().verifyEvent(`${payload} `, signed(payload))).toBeNull();
    expect(await gateway().verifyEvent(payload, 'not a signature header')).toBeNull();
  });

  it('throws, rather than calling the signature bad, when the webhook secret cannot be read', async () => {
    const unreadable = gateway(async () => {
      throw new Error('Secrets Manager is unreachable');
    });
    await expect(unreadable.verifyEvent(payload, signed(payload))).rejects.toThrow('Secrets Manager is unreachable');
  });
});
