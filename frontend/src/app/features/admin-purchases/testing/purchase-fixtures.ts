import type { Purchase } from '@lessonstage/shared';

/** Test data for purchase specs. Not imported by application code. */
export function aPurchase(overrides: Partial<Purchase> = {}): Purchase {
  return {
    paymentId: 'pi_1',
    checkoutSessionId: 'cs_test_1',
    userId: 'a90ce099-1234-4c1d-9e8f-000000000001',
    courseId: 'demo-guitar-first-chords',
    courseTitle: 'Guitar from Zero',
    buyerName: 'Ann Student',
    buyerEmail: 'ann@example.com',
    amountCents: 2900,
    currency: 'usd',
    status: 'paid',
    createdAt: '2026-11-25T04:20:00.000Z',
    paidAt: '2026-11-25T04:20:01.000Z',
    ...overrides,
  };
}
