import * as z from '../validation/zod';
import { pageCursorSchema, pageLimitSchema } from '../http/request-fields.schema';

import { REPLY_TEXT_MAX, REVIEW_PAGE_DEFAULT, REVIEW_PAGE_MAX, REVIEW_TEXT_MAX } from './review-rules';

export * from './review-rules';

/** A course's stars, kept as reviews are written: `average` rounded to two decimals, 0 with no reviews. */
export const courseRatingSchema = z.object({
  average: z.number().check(z.minimum(0), z.maximum(5)),
  count: z.number().check(z.int(), z.nonnegative()),
});
export type CourseRating = z.infer<typeof courseRatingSchema>;

/** Body of PUT /api/courses/:courseId/review: one review per student, written again to edit it. */
export const reviewWriteRequestSchema = z.object({
  rating: z.number().check(z.int('must be a whole number of stars'), z.minimum(1, 'must be at least 1'), z.maximum(5, 'must be at most 5')),
  /** Plain text or Markdown, rendered sanitized; blank means no text. */
  text: z.optional(z.string().check(z.maxLength(REVIEW_TEXT_MAX, `must be at most ${REVIEW_TEXT_MAX} characters`))),
});
export type ReviewWriteRequest = z.infer<typeof reviewWriteRequestSchema>;

/** Body of PUT /api/admin/courses/:courseId/reviews/:reviewId/reply (once per review). */
export const reviewReplyRequestSchema = z.object({
  text: z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(REPLY_TEXT_MAX, `must be at most ${REPLY_TEXT_MAX} characters`),
  ),
});
export type ReviewReplyRequest = z.infer<typeof reviewReplyRequestSchema>;

export const reviewReplySchema = z.object({
  text: z.string(),
  authorName: z.string(),
  repliedAt: z.string(),
});
export type ReviewReply = z.infer<typeof reviewReplySchema>;

/** A review as anyone reads it: the reviewer's display name, never their e-mail or user id. */
export const reviewSchema = z.object({
  reviewId: z.string(),
  rating: z.number(),
  text: z.string(),
  reviewerName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  reply: z.nullable(reviewReplySchema),
});
export type Review = z.infer<typeof reviewSchema>;

/** GET /api/courses/:courseId/reviews: counted reviews, newest first. */
export const reviewListQuerySchema = z.object({
  limit: pageLimitSchema(REVIEW_PAGE_DEFAULT, REVIEW_PAGE_MAX),
  cursor: pageCursorSchema,
});
export const reviewListSchema = z.object({
  items: z.array(reviewSchema),
  nextCursor: z.nullable(z.string()),
});
export type ReviewList = z.infer<typeof reviewListSchema>;

/**
 * GET /api/courses/:courseId/review: the caller's own review, or null. `counted` is false while it
 * stays out of the average (the enrollment was refunded).
 */
export const myReviewSchema = z.object({
  review: z.nullable(z.extend(reviewSchema, { counted: z.boolean() })),
});
export type MyReview = z.infer<typeof myReviewSchema>;
