import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import { pageCursorSchema, pageLimitSchema, purchaseFiltersSchema, type Purchase, type PurchaseList } from '@lessonstage/shared';
import { requireAdmin } from '../auth/auth.middleware';
import type { PaymentsEnv } from './payments.deps';
import { BadRequestError, ConflictError, NotFoundError } from '../lib/http/http-errors';
import { parseInput } from '../lib/http/validate';
import { decodeCursor, encodeCursor } from '../lib/db/page-cursor';
import type { UsersRepository } from '../users/users.repository';
import type { PurchaseQuery } from './purchases.repository';
import type { PurchaseRecord } from './purchase.record';

const listQuery = z.extend(purchaseFiltersSchema, { limit: pageLimitSchema(50, 100), cursor: pageCursorSchema });
const paymentParams = z.object({ paymentId: z.string().check(z.regex(/^[A-Za-z0-9_]{1,128}$/, 'is not a valid payment id')) });

const purchaseCursorSchema = z.strictObject({ paymentId: z.string(), listPartition: z.string(), createdAt: z.string() });

/** The list's filters as the repository reads them: days become a range of ISO times (UTC, both days included). */
function purchaseQuery(filters: z.infer<typeof purchaseFiltersSchema>): PurchaseQuery {
  if (filters.from && filters.to && filters.from > filters.to) throw new BadRequestError('to: must not be before from', 'ValidationError');
  return {
    text: filters.q ? filters.q.toLowerCase() : undefined,
    status: filters.status,
    from: filters.from ? `${filters.from}T00:00:00.000Z` : undefined,
    to: filters.to ? `${filters.to}T23:59:59.999Z` : undefined,
  };
}

/**
 * The purchases as the admin sees them. Purchases recorded before the buyer was stored on them
 * get name and e-mail from the users table: one BatchGetItem for the page, none once all carry them.
 */
async function withBuyers(users: UsersRepository, records: readonly PurchaseRecord[]): Promise<Purchase[]> {
  const missing = records.filter((record) => !record.buyerEmail).map((record) => record.userId);
  const found = missing.length ? await users.getMany(missing) : new Map();
  return records.map(({ listPartition: _list, searchText: _search, ...purchase }) => {
    const user = purchase.buyerEmail ? undefined : found.get(purchase.userId);
    return user ? { ...purchase, buyerName: user.name, buyerEmail: user.email } : purchase;
  });
}

export const adminPurchasesRoutes = new Hono<PaymentsEnv>()
  .get('/admin/purchases', requireAdmin, async (c) => {
    const { limit, cursor, ...filters } = parseInput(listQuery, c.req.query());
    const { purchases, users } = c.get('deps');
    const page = await purchases.list(limit, cursor ? decodeCursor(cursor, purchaseCursorSchema) : undefined, purchaseQuery(filters));
    return c.json<PurchaseList>({
      items: await withBuyers(users, page.items),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    });
  })
  // One purchase, read consistently: what the admin page polls after asking Stripe for a refund.
  .get('/admin/purchases/:paymentId', requireAdmin, async (c) => {
    const { paymentId } = parseInput(paymentParams, c.req.param());
    const purchase = await c.get('deps').purchases.get(paymentId);
    if (!purchase) throw new NotFoundError('Purchase not found');
    const [one] = await withBuyers(c.get('deps').users, [purchase]);
    return c.json<Purchase>(one!);
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
