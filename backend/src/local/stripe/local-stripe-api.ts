import { Hono, type Context } from 'hono';
import { LocalStripeStore, stripeId, type LocalCheckoutSession } from './local-stripe.store';
import { chargeObject, checkoutSessionObject } from './stripe-objects';
import type { WebhookSender } from './webhook-sender';

export const LOCAL_STRIPE_SECRET_KEY = 'sk_test_lessonstage_local';

export interface LocalStripeApiOptions {
  readonly store: LocalStripeStore;
  readonly webhooks: WebhookSender;
  /** Where the hosted checkout page lives: `<origin>/dev/checkout`. */
  readonly checkoutPageBase: () => string;
  /** Every request Stripe would have received, for tests to assert. */
  readonly onRequest?: (path: string, form: Record<string, string>) => void;
}

function stripeError(c: Context, status: 400 | 401 | 404, message: string, param?: string) {
  return c.json({ error: { type: 'invalid_request_error', message, param } }, status);
}

/**
 * The part of Stripe's API the product calls (Checkout Sessions, Refunds), answered locally so the
 * official SDK runs unchanged with only its host pointed here. Requests arrive form-encoded, as
 * the SDK sends them to Stripe.
 */
export function localStripeApi({ store, webhooks, checkoutPageBase, onRequest }: LocalStripeApiOptions): Hono {
  const app = new Hono();
  app.use('/v1/*', async (c, next) => {
    if (c.req.header('authorization') !== `Bearer ${LOCAL_STRIPE_SECRET_KEY}`) return stripeError(c, 401, 'Invalid API Key provided');
    await next();
  });

  app.post('/v1/checkout/sessions', async (c) => {
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    onRequest?.('/v1/checkout/sessions', form);
    const amount = Number(form['line_items[0][price_data][unit_amount]']);
    const currency = form['line_items[0][price_data][currency]'];
    if (form.mode !== 'payment') return stripeError(c, 400, 'Only mode=payment is supported here', 'mode');
    if (!Number.isInteger(amount) || amount < 50 || !currency) return stripeError(c, 400, 'A price of at least 50 in minor units is required', 'line_items');
    if (!form.success_url || !form.cancel_url) return stripeError(c, 400, 'success_url and cancel_url are required');
    const metadata = Object.fromEntries(
      Object.entries(form)
        .filter(([key]) => key.startsWith('metadata['))
        .map(([key, value]) => [key.slice('metadata['.length, -1), value]),
    );
    const id = stripeId('cs');
    const session: LocalCheckoutSession = {
      id,
      paymentIntentId: stripeId('pi'),
      chargeId: stripeId('ch'),
      amountTotal: amount,
      currency,
      productName: form['line_items[0][price_data][product_data][name]'] ?? 'Course',
      customerEmail: form.customer_email,
      clientReferenceId: form.client_reference_id,
      metadata,
      successUrl: form.success_url,
      cancelUrl: form.cancel_url,
      url: `${checkoutPageBase()}/${id}`,
      created: Math.floor(Date.now() / 1000),
      status: 'open',
      paymentStatus: 'unpaid',
      refunded: false,
    };
    store.add(session);
    return c.json(checkoutSessionObject(session));
  });

  app.get('/v1/checkout/sessions/:id', (c) => {
    const session = store.get(c.req.param('id'));
    return session ? c.json(checkoutSessionObject(session)) : stripeError(c, 404, 'No such checkout.session');
  });

  app.post('/v1/refunds', async (c) => {
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    onRequest?.('/v1/refunds', form);
    const session = form.payment_intent ? store.byPaymentIntent(form.payment_intent) : undefined;
    if (!session || session.status !== 'complete') return stripeError(c, 400, 'No such payment_intent', 'payment_intent');
    if (session.refunded) return stripeError(c, 400, 'Charge has already been refunded', 'payment_intent');
    store.update(session, { refunded: true });
    // Stripe answers the refund at once and reports it to the webhook afterwards.
    void webhooks.send('charge.refunded', chargeObject(session));
    return c.json({ id: stripeId('re'), object: 'refund', amount: session.amountTotal, currency: session.currency, payment_intent: session.paymentIntentId, status: 'succeeded' });
  });

  return app;
}
