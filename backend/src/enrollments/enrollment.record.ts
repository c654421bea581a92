import type { CourseCopy } from './course-copy';

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
  /** The course as "My courses" shows it, refreshed on every course save that changes it. */
  readonly courseCopy?: CourseCopy;
  /** The course version `courseCopy` was made from: an older copy never replaces a newer one. */
  readonly copyVersion?: number;
  /** Lessons of the course the student completed; absent until counted (then kept by each completion). */
  readonly completedLessons?: number;
  /** The course was deleted: the enrollment stays (payments refer to it) but is not listed. */
  readonly courseRemoved?: boolean;
}
