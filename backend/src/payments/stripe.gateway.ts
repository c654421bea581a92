import Stripe from 'stripe';

export interface StripeOptions {
  readonly secretKey: () => Promise<string>;
  readonly webhookSecret: () => Promise<string>;
  /** Another Stripe API base (the local stand-in, or a test server); Stripe's own when unset. */
  readonly apiBase?: string;
}

export interface CheckoutRequest {
  readonly userId: string;
  readonly email: string;
  readonly courseId: string;
  readonly title: string;
  readonly description: string;
  readonly priceCents: number;
  readonly currency: string;
  readonly successUrl: string;
  readonly cancelUrl: string;
}

/** Webhook signatures older than this are refused (Stripe's default tolerance). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The product's use of Stripe, through Stripe's own SDK. */
export class StripeGateway {
  private client?: Promise<Stripe>;

  constructor(private readonly options: StripeOptions) {}

  private stripe(): Promise<Stripe> {
    this.client ??= this.options.secretKey().then((key) => {
      const base = this.options.apiBase ? new URL(this.options.apiBase) : undefined;
      return new Stripe(key, {
        maxNetworkRetries: 2,
        ...(base && { host: base.hostname, port: base.port, protocol: base.protocol.replace(':', '') as 'http' | 'https' }),
      });
    });
    return this.client;
  }

  /** A Checkout Session for one course; the price comes from the course record, never the request. */
  async createCheckoutSession(request: CheckoutRequest): Promise<{ id: string; url: string }> {
    const stripe = await this.stripe();
    const metadata = { userId: request.userId, courseId: request.courseId };
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: request.currency.toLowerCase(),
            unit_amount: request.priceCents,
            product_data: { name: request.title, description: request.description || undefined },
          },
        },
      ],
      client_reference_id: request.userId,
      customer_email: request.email,
      metadata,
      // Charges, refunds and disputes carry the PaymentIntent's metadata: every event names its user and course.
      payment_intent_data: { metadata },
      allow_promotion_codes: true,
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
    });
    if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
    return { id: session.id, url: session.url };
  }

  async refund(paymentId: string): Promise<void> {
    const stripe = await this.stripe();
    await stripe.refunds.create({ payment_intent: paymentId });
  }

  /**
   * The event, if the Stripe-Signature header verifies over the raw body; null for a bad or stale
   * signature. Anything else (the secret cannot be read, say) is thrown: our failure, not the
   * caller's, so it is logged and answered 500, and Stripe retries.
   */
  async verifyEvent(rawBody: string, signature: string): Promise<Stripe.Event | null> {
    const stripe = await this.stripe();
    const secret = await this.options.webhookSecret();
    try {
      return stripe.webhooks.constructEvent(rawBody, signature, secret, WEBHOOK_TOLERANCE_SECONDS);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) return null;
      throw error;
    }
  }
}
