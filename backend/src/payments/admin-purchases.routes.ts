import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import { pageCursorSchema, pageLimitSchema, type Purchase, type PurchaseList } from '@lessonstage/shared';
import { requireAdmin } from '../auth/auth.middleware';
import type { PaymentsEnv } from './payments.deps';
import { ConflictError, NotFoundError } from '../lib/http/http-errors';
import { parseInput } from '../lib/http/validate';
import { decodeCursor, encodeCursor } from '../lib/db/page-cursor';

const listQuery = z.object({ limit: pageLimitSchema(50, 100), cursor: pageCursorSchema });
const paymentParams = z.object({ paymentId: z.string().check(z.regex(/^[A-Za-z0-9_]{1,128}$/, 'is not a valid payment id')) });

const purchaseCursorSchema = z.strictObject({ paymentId: z.string(), listPartition: z.string(), createdAt: z.string() });

export const adminPurchasesRoutes = new Hono<PaymentsEnv>()
  .get('/admin/purchases', requireAdmin, async (c) => {
    const { limit, cursor } = parseInput(listQuery, c.req.query());
    const page = await c.get('deps').purchases.list(limit, cursor ? decodeCursor(cursor, purchaseCursorSchema) : undefined);
    return c.json<PurchaseList>({
      items: page.items.map(({ listPartition: _list, ...purchase }) => purchase),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    });
  })
  // One purchase, read consistently: what the admin page polls after asking Stripe for a refund.
  .get('/admin/purchases/:paymentId', requireAdmin, async (c) => {
    const { paymentId } = parseInput(paymentParams, c.req.param());
    const purchase = await c.get('deps').purchases.get(paymentId);
    if (!purchase) throw new NotFoundError('Purchase not found');
    const { listPartition: _list, ...rest } = purchase;
    return c.json<Purchase>(rest);
  })
  .post('/admin/purchases/:paymentId/refund', requireAdmin, async (c) => {
    const { paymentId } = parseInput(paymentParams, c.req.param());
    const { purchases, stripe } = c.get('deps');
    const purchase = await purchases.get(paymentId);
    if (!purchase) throw new NotFoundError('Purchase not found');
    if (purchase.status !== 'paid') throw new ConflictError(`This purchase is already ${purchase.status}`, 'NotRefundable');
    await stripe.refund(paymentId);
    // Access ends when Stripe's charge.refunded event arrives at the webhook, as for refunds made in Stripe's dashboard.
    return c.json({ refundRequested: true }, 202);
  });
