import type { Purchase } from '@lessonstage/shared';

export const PURCHASE_LIST_PARTITION = 'PURCHASE';

/** A Stripe payment as stored, keyed by its PaymentIntent id (`paymentId`). */
export type PurchaseRecord = Purchase & { readonly listPartition: typeof PURCHASE_LIST_PARTITION };
