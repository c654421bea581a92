import { createHash } from 'node:crypto';

/** The teacher's one answer to a review. */
export interface ReviewReplyRecord {
  readonly text: string;
  readonly authorName: string;
  readonly repliedAt: string;
}

/**
 * A change of the course's rating that one review write decided and has not finished yet: kept on
 * the review until the course item holds it, so whoever holds the review's lease next completes it.
 */
export interface PendingRatingChange {
  readonly opId: string;
  readonly sumDelta: number;
  readonly countDelta: number;
  /** What `countedRating` becomes once the change is on the course (null: not counted). */
  readonly target: number | null;
}

/** One student's review of one course, as stored. */
export interface ReviewRecord {
  readonly courseId: string;
  readonly reviewId: string;
  readonly userId: string;
  readonly rating: number;
  readonly text: string;
  /** The reviewer's display name when they last wrote it. */
  readonly reviewerName: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The stars the course's rating holds for this review; absent while it is not counted (refunded). */
  readonly countedRating?: number;
  /** `<createdAt>#<reviewId>`, present only while counted: the sparse `byCourseNewest` index. */
  readonly listKey?: string;
  readonly pending?: PendingRatingChange;
  /** The last change applied, whose marker on the course item may still need dropping (after a crash). */
  readonly doneOp?: string;
  /** Who is changing the counted state, until when (epoch ms): one writer at a time per review. */
  readonly leaseOwner?: string;
  readonly leaseUntil?: number;
  readonly reply?: ReviewReplyRecord;
}

/**
 * A review's id: derived from course and student, so "my review" is one GetItem, one review per
 * student is the key itself, and the public list and reply route carry no user id.
 */
export function reviewIdOf(courseId: string, userId: string): string {
  return `r${createHash('sha256').update(`${courseId}#${userId}`).digest('base64url').slice(0, 22)}`;
}

export function listKeyOf(review: Pick<ReviewRecord, 'createdAt' | 'reviewId'>): string {
  return `${review.createdAt}#${review.reviewId}`;
}
