import type { Purchase } from '@lessonstage/shared';

export const PURCHASE_LIST_PARTITION = 'PURCHASE';

/**
 * A Stripe payment as stored, keyed by its PaymentIntent id (`paymentId`). `searchText` is what
 * the admin search matches (buyer and course, lower case); purchases recorded before it lack it.
 */
export type PurchaseRecord = Purchase & { readonly listPartition: typeof PURCHASE_LIST_PARTITION; readonly searchText?: string };
