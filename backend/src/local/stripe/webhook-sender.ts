import Stripe from 'stripe';
import { eventObject } from './stripe-objects';
import { stripeId } from './local-stripe.store';
import type { PendingWebhook, WebhookOutbox } from './webhook-outbox';

/**
 * Delivers events the way Stripe does: JSON body, `Stripe-Signature` made with the webhook
 * secret by Stripe's own SDK, retried when the endpoint does not answer 2xx. Every event is in
 * the outbox until the endpoint took it, so one the stack stopped owing goes out at its next
 * start (`resendPending`), as Stripe keeps retrying for days.
 */
export class WebhookSender {
  private readonly stripe = new Stripe('sk_test_local_signer');
  private readonly inFlight = new Set<Promise<void>>();
  private readonly wakeUps = new Set<() => void>();
  private stopped = false;

  constructor(
    private readonly endpoint: () => string,
    private readonly secret: string,
    private readonly outbox: WebhookOutbox,
    private readonly retryDelaysMs: readonly number[] = [250, 1000, 3000],
  ) {}

  /** Records the event, then delivers it; resolves when it was taken or the retries ran out. */
  send(type: string, object: object): Promise<void> {
    const id = stripeId('evt');
    const event: PendingWebhook = { id, type, payload: JSON.stringify(eventObject(id, type, object), null, 2) };
    this.outbox.add(event);
    return this.track(this.deliver(event));
  }

  /** Delivers what an earlier run of the stack still owed. */
  resendPending(): Promise<void> {
    return Promise.all(this.outbox.list().map((event) => this.track(this.deliver(event)))).then(() => undefined);
  }

  /** Stops retrying (what is undelivered stays in the outbox) and waits for attempts under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const wakeUp of this.wakeUps) wakeUp();
    await Promise.allSettled(this.inFlight);
  }

  private track(delivery: Promise<void>): Promise<void> {
    this.inFlight.add(delivery);
    return delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async deliver(event: PendingWebhook): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      if (await this.attempt(event)) {
        this.outbox.remove(event.id);
        return;
      }
      const delay = this.retryDelaysMs[attempt];
      if (delay === undefined) {
        console.warn(`[local stripe] ${event.type} ${event.id} not delivered; it is sent again when the stack next starts`);
        return;
      }
      await this.sleep(delay);
    }
  }

  private async attempt(event: PendingWebhook): Promise<boolean> {
    const signature = this.stripe.webhooks.generateTestHeaderString({ payload: event.payload, secret: this.secret });
    try {
      const response = await fetch(this.endpoint(), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: event.payload });
      if (response.ok) return true;
      console.warn(`[local stripe] ${event.type} answered ${response.status}: ${await response.text()}`);
    } catch (error) {
      console.warn(`[local stripe] ${event.type} delivery failed: ${String(error)}`);
    }
    return false;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wakeUp = () => {
        clearTimeout(timer);
        this.wakeUps.delete(wakeUp);
        resolve();
      };
      const timer = setTimeout(wakeUp, ms);
      this.wakeUps.add(wakeUp);
    });
  }
}
