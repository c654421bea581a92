import { randomUUID } from 'node:crypto';
import type { CoursesRepository } from '../courses/courses.repository';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import { ConflictError } from '../lib/http/http-errors';
import { reviewIdOf, type PendingRatingChange, type ReviewRecord } from './review.record';
import type { ReviewEdit, ReviewsRepository } from './reviews.repository';

/** What keeping a course's rating exact needs: the reviews, the course item's counters, the enrollment that decides. */
export interface ReviewCountingDeps {
  readonly reviews: ReviewsRepository;
  readonly courses: Pick<CoursesRepository, 'addToRating' | 'forgetRatingOp'>;
  readonly enrollments: Pick<EnrollmentsRepository, 'isActive'>;
}

export interface CountingOptions {
  readonly now?: () => number;
  /** Six times the Lambda timeout (10 s): a holder past it is gone, so its markers may be dropped. */
  readonly leaseMs?: number;
  /** How long to wait for another write of the same review to finish before answering 409. */
  readonly waitMs?: number;
}

const LEASE_MS = 60_000;
const WAIT_MS = 3_000;

function inProgress(): ConflictError {
  return new ConflictError('This review is being saved by another request; try again in a moment', 'ReviewInProgress');
}

/** Drops an applied change's marker from the course item, then the review's note of it; both idempotent. */
async function forgetDone(deps: ReviewCountingDeps, review: ReviewRecord, doneOp: string): Promise<void> {
  await deps.courses.forgetRatingOp(review.courseId, doneOp);
  await deps.reviews.clearDoneOp(review, doneOp);
}

/**
 * Writes the review's change to the course's rating in idempotent steps, each one conditional
 * write: the course item `ADD`s it with its op id as a marker (a replay adds nothing), the review
 * records it as counted (fenced on the lease), then the marker is dropped.
 */
async function applyChange(deps: ReviewCountingDeps, review: ReviewRecord, owner: string, change: PendingRatingChange, release: boolean): Promise<ReviewRecord> {
  await deps.courses.addToRating(review.courseId, change.opId, change.sumDelta, change.countDelta);
  if (!(await deps.reviews.settle(review, owner, change.target, release, change.opId))) throw inProgress();
  // Safe only now: no one holds this change any more (the lease outlives any request), so no one can replay it.
  await forgetDone(deps, review, change.opId);
  return { ...review, pending: undefined, doneOp: undefined, countedRating: change.target ?? undefined };
}

async function claimWhenFree(deps: ReviewCountingDeps, courseId: string, userId: string, owner: string, options: CountingOptions, edit?: ReviewEdit) {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.waitMs ?? WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    const claim = await deps.reviews.claim(courseId, reviewIdOf(courseId, userId), owner, now(), options.leaseMs ?? LEASE_MS, edit);
    if (claim !== 'busy') return claim;
    if (now() >= deadline) throw inProgress();
    await new Promise((resolve) => setTimeout(resolve, Math.min(200, 20 * 2 ** attempt)));
  }
}

/**
 * Brings the course's rating in line with the review: counted with its stars while the student's
 * enrollment is active, not counted otherwise (a refund). With `edit`, writes the review first.
 * Exact without transactions: see docs/decisions.md ("Reviews: the rating is kept exact").
 * Returns the review as stored, or undefined when there is none (and no `edit`).
 */
export async function settleReview(
  deps: ReviewCountingDeps,
  courseId: string,
  userId: string,
  edit?: ReviewEdit,
  options: CountingOptions = {},
): Promise<ReviewRecord | undefined> {
  const owner = randomUUID();
  const claimed = await claimWhenFree(deps, courseId, userId, owner, options, edit);
  if (claimed === 'absent') return undefined;
  // What a crashed request left behind is finished first, as it was decided.
  if (claimed.doneOp) await forgetDone(deps, claimed, claimed.doneOp);
  let review = claimed.pending ? await applyChange(deps, claimed, owner, claimed.pending, false) : claimed;
  // Read under the lease: a refund that revoked before this read settles after this holder.
  const active = await deps.enrollments.isActive(userId, courseId);
  const target = active ? review.rating : null;
  const from = review.countedRating ?? null;
  const change: PendingRatingChange = {
    opId: randomUUID(),
    sumDelta: (target ?? 0) - (from ?? 0),
    countDelta: (target === null ? 0 : 1) - (from === null ? 0 : 1),
    target,
  };
  if (target === from) {
    if (!(await deps.reviews.settle(review, owner, target, true))) throw inProgress();
    return review;
  }
  if (!(await deps.reviews.setPending(review, owner, change))) throw inProgress();
  review = await applyChange(deps, { ...review, pending: change }, owner, change, true);
  return review;
}
