import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  resourceIdSchema,
  reviewListQuerySchema,
  reviewReplyRequestSchema,
  reviewWriteRequestSchema,
  type MyReview,
  type Review,
  type ReviewList,
} from '@lessonstage/shared';
import { requireAdmin, requireUser } from '../auth/auth.middleware';
import { decodeCursor, encodeCursor } from '../lib/db/page-cursor';
import { ConflictError, ForbiddenError, NotFoundError } from '../lib/http/http-errors';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { toMyReview, toReview } from './review.mapper';
import { reviewIdOf } from './review.record';
import { settleReview } from './review-counting';
import type { ReviewsDeps, ReviewsEnv } from './reviews.deps';

const courseParams = z.object({ courseId: resourceIdSchema });
const replyParams = z.object({ courseId: resourceIdSchema, reviewId: resourceIdSchema });
const reviewCursorSchema = z.strictObject({
  reviewId: resourceIdSchema,
  listKey: z.string().check(z.minLength(1), z.maxLength(200)),
});

/** Reviews exist for published courses only; a draft answers like an unknown id. */
async function assertPublished(deps: ReviewsDeps, courseId: string): Promise<void> {
  if (!(await deps.courses.getPublished(courseId))) throw new NotFoundError('Course not found');
}

/**
 * Course reviews: anyone reads the counted ones; an actively enrolled student writes (and edits)
 * their one review; an admin (the teacher) replies once to each.
 */
export const reviewsRoutes = new Hono<ReviewsEnv>()
  .get('/courses/:courseId/reviews', async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const { limit, cursor } = parseInput(reviewListQuerySchema, c.req.query());
    const deps = c.get('deps');
    await assertPublished(deps, courseId);
    const page = await deps.reviews.pageForCourse(courseId, limit, cursor ? decodeCursor(cursor, reviewCursorSchema) : undefined);
    return c.json<ReviewList>({ items: page.items.map(toReview), nextCursor: page.next ? encodeCursor(page.next) : null });
  })
  .get('/courses/:courseId/review', requireUser, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const deps = c.get('deps');
    await assertPublished(deps, courseId);
    return c.json<MyReview>(toMyReview(await deps.reviews.get(courseId, reviewIdOf(courseId, c.get('principal')!.userId))));
  })
  .put('/courses/:courseId/review', requireUser, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const { rating, text } = await parseJsonBody(c, reviewWriteRequestSchema);
    const deps = c.get('deps');
    const { userId } = c.get('principal')!;
    await assertPublished(deps, courseId);
    if (!(await deps.enrollments.isActive(userId, courseId))) throw new ForbiddenError('Only students enrolled in this course may review it', 'NotEnrolled');
    const reviewerName = (await deps.users.get(userId))?.name || 'A student';
    const review = await settleReview(deps, courseId, userId, { userId, rating, text: text?.trim() ?? '', reviewerName });
    return c.json<MyReview>(toMyReview(review));
  })
  .put('/admin/courses/:courseId/reviews/:reviewId/reply', requireAdmin, async (c) => {
    const { courseId, reviewId } = parseInput(replyParams, c.req.param());
    const { text } = await parseJsonBody(c, reviewReplyRequestSchema);
    const deps = c.get('deps');
    const authorName = (await deps.users.get(c.get('principal')!.userId))?.name || 'The teacher';
    const replied = await deps.reviews.reply(courseId, reviewId, { text, authorName, repliedAt: new Date().toISOString() });
    if (replied === undefined) throw new NotFoundError('Review not found');
    if (replied === false) throw new ConflictError('This review already has a reply', 'AlreadyReplied');
    return c.json<Review>(toReview(replied));
  });
