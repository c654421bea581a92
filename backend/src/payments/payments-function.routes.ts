import { Hono } from 'hono';
import type { ApiEnv } from '../lib/http/api-env';
import { adminPurchasesRoutes } from './admin-purchases.routes';
import { paymentsRoutes } from './payments.routes';

/** Checkout, Stripe's webhook and the admin's purchases/refunds: everything that talks to Stripe. */
export const paymentsFunctionRoutes = new Hono<ApiEnv>().route('/', paymentsRoutes).route('/', adminPurchasesRoutes);
