export type EnrollmentStatus = 'active' | 'revoked';

/** A user's right to a course. Keyed (userId, courseId): one item per pair, whatever happens. */
export interface EnrollmentRecord {
  readonly userId: string;
  readonly courseId: string;
  readonly status: EnrollmentStatus;
  readonly grantedAt: string;
  readonly revokedAt?: string;
}
