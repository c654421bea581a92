export type EnrollmentStatus = 'active' | 'revoked';

/** Grants that did not come from a Stripe payment. */
export const FREE_ENROLLMENT = 'free';

/**
 * A user's right to a course. Keyed (userId, courseId): one item per pair, whatever happens.
 * `paymentId` names the payment that granted it (or FREE_ENROLLMENT); a revoked enrollment keeps
 * it, so a late event of that same payment can never switch it back on.
 */
export interface EnrollmentRecord {
  readonly userId: string;
  readonly courseId: string;
  readonly status: EnrollmentStatus;
  readonly paymentId: string;
  readonly grantedAt: string;
  readonly revokedAt?: string;
}
