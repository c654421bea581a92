import type { LocalCheckoutSession } from './local-stripe.store';

/** Stripe's JSON shapes for the objects the product reads, built from a local session. */
export function checkoutSessionObject(session: LocalCheckoutSession) {
  return {
    id: session.id,
    object: 'checkout.session',
    amount_subtotal: session.amountTotal,
    amount_total: session.amountTotal,
    client_reference_id: session.clientReferenceId ?? null,
    created: session.created,
    currency: session.currency,
    customer_details: session.customerEmail ? { email: session.customerEmail } : null,
    customer_email: session.customerEmail ?? null,
    livemode: false,
    metadata: session.metadata,
    mode: 'payment',
    payment_intent: session.status === 'complete' ? session.paymentIntentId : null,
    payment_status: session.paymentStatus,
    status: session.status,
    success_url: session.successUrl,
    cancel_url: session.cancelUrl,
    url: session.status === 'open' ? session.url : null,
  };
}

export function chargeObject(session: LocalCheckoutSession) {
  return {
    id: session.chargeId,
    object: 'charge',
    amount: session.amountTotal,
    amount_captured: session.amountTotal,
    amount_refunded: session.refunded ? session.amountTotal : 0,
    captured: true,
    created: session.created,
    currency: session.currency,
    livemode: false,
    metadata: session.metadata,
    paid: true,
    payment_intent: session.paymentIntentId,
    refunded: session.refunded,
    status: 'succeeded',
  };
}

export function eventObject(id: string, type: string, object: object) {
  return {
    id,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}
