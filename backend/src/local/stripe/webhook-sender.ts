import Stripe from 'stripe';
import { eventObject } from './stripe-objects';
import { stripeId } from './local-stripe.store';

/**
 * Delivers events the way Stripe does: JSON body, `Stripe-Signature` made with the webhook
 * secret by Stripe's own SDK, retried when the endpoint does not answer 2xx.
 */
export class WebhookSender {
  private readonly stripe = new Stripe('sk_test_local_signer');

  constructor(
    private readonly endpoint: () => string,
    private readonly secret: string,
    private readonly retryDelaysMs: readonly number[] = [250, 1000, 3000],
  ) {}

  async send(type: string, object: object): Promise<void> {
    const payload = JSON.stringify(eventObject(stripeId('evt'), type, object), null, 2);
    for (let attempt = 0; ; attempt++) {
      const signature = this.stripe.webhooks.generateTestHeaderString({ payload, secret: this.secret });
      try {
        const response = await fetch(this.endpoint(), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
        if (response.ok) return;
        console.warn(`[local stripe] ${type} answered ${response.status}: ${await response.text()}`);
      } catch (error) {
        console.warn(`[local stripe] ${type} delivery failed: ${String(error)}`);
      }
      const delay = this.retryDelaysMs[attempt];
      if (delay === undefined) return;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
