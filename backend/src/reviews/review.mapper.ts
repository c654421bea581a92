import type { MyReview, Review } from '@lessonstage/shared';
import type { ReviewRecord } from './review.record';

/** A review as anyone may read it: no user id, no e-mail, no bookkeeping. */
export function toReview(review: ReviewRecord): Review {
  return {
    reviewId: review.reviewId,
    rating: review.rating,
    text: review.text,
    reviewerName: review.reviewerName,
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
    reply: review.reply ? { text: review.reply.text, authorName: review.reply.authorName, repliedAt: review.reply.repliedAt } : null,
  };
}

/** The reviewer's own view: whether their stars count in the course's rating. */
export function toMyReview(review: ReviewRecord | undefined): MyReview {
  return { review: review ? { ...toReview(review), counted: review.countedRating !== undefined } : null };
}
