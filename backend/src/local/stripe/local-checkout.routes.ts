import { Hono } from 'hono';
import { html } from 'hono/html';
import type { LocalStripeStore } from './local-stripe.store';
import { checkoutSessionObject } from './stripe-objects';
import type { WebhookSender } from './webhook-sender';

function price(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
}

/**
 * The hosted checkout page of the local stack, standing in for checkout.stripe.com: "Pay"
 * completes the session and sends the signed checkout.session.completed event to the real
 * webhook handler, then returns to the app's success URL, exactly as Stripe would.
 */
export function localCheckoutRoutes(store: LocalStripeStore, webhooks: WebhookSender): Hono {
  const app = new Hono();

  app.get('/dev/checkout/:id', (c) => {
    const session = store.get(c.req.param('id'));
    if (!session) return c.html('<h1>Checkout session not found</h1>', 404);
    const open = session.status === 'open';
    return c.html(html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Checkout · ${session.productName}</title>
          <style>
            body { font-family: system-ui, sans-serif; background: #f6f5fb; color: #1d1b20; margin: 0; display: grid; place-items: center; min-height: 100vh; }
            main { background: #fff; border-radius: 16px; box-shadow: 0 2px 12px #0002; padding: 32px; width: min(420px, 92vw); }
            .dev { background: #fff3cd; border-radius: 8px; padding: 8px 12px; font-size: 14px; margin-bottom: 16px; }
            h1 { font-size: 20px; margin: 0 0 8px; } .amount { font-size: 32px; font-weight: 700; margin: 16px 0; }
            button { font: inherit; padding: 12px 20px; border-radius: 999px; border: 0; cursor: pointer; }
            .pay { background: #6750a4; color: #fff; width: 100%; margin-bottom: 8px; } .cancel { background: transparent; color: #6750a4; width: 100%; }
            button:focus-visible { outline: 3px solid #1d1b20; outline-offset: 2px; }
          </style>
        </head>
        <body>
          <main>
            <p class="dev" role="note">Local test checkout: no card is charged. With real Stripe keys this is Stripe's own page.</p>
            <h1>${session.productName}</h1>
            <p>${session.customerEmail ?? ''}</p>
            <p class="amount" data-testid="checkout-amount">${price(session.amountTotal, session.currency)}</p>
            ${open
              ? html`<form method="post" action="/dev/checkout/${session.id}/pay"><button class="pay" type="submit">Pay ${price(session.amountTotal, session.currency)}</button></form>
                  <form method="post" action="/dev/checkout/${session.id}/cancel"><button class="cancel" type="submit">Cancel</button></form>`
              : html`<p>This checkout is ${session.status}.</p>`}
          </main>
        </body>
      </html>`);
  });

  app.post('/dev/checkout/:id/pay', (c) => {
    const session = store.get(c.req.param('id'));
    if (!session) return c.html('<h1>Checkout session not found</h1>', 404);
    if (session.status === 'open') {
      store.update(session, { status: 'complete', paymentStatus: 'paid' });
      void webhooks.send('checkout.session.completed', checkoutSessionObject(session));
    }
    return c.redirect(session.successUrl.replace('{CHECKOUT_SESSION_ID}', session.id), 303);
  });

  app.post('/dev/checkout/:id/cancel', (c) => {
    const session = store.get(c.req.param('id'));
    if (!session) return c.html('<h1>Checkout session not found</h1>', 404);
    return c.redirect(session.cancelUrl, 303);
  });

  return app;
}
