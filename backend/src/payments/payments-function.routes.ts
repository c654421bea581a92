import { Hono } from 'hono';
import type { PaymentsEnv } from './payments.deps';
import { adminPurchasesRoutes } from './admin-purchases.routes';
import { paymentsRoutes } from './payments.routes';

/** Checkout, Stripe's webhook and the admin's purchases/refunds: everything that talks to Stripe. */
export const paymentsFunctionRoutes = new Hono<PaymentsEnv>().route('/', paymentsRoutes).route('/', adminPurchasesRoutes);
