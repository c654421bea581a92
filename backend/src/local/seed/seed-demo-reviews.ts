import type { ApiDeps } from '../../app/api-deps';
import { FREE_ENROLLMENT } from '../../enrollments/enrollment.record';
import { reviewIdOf } from '../../reviews/review.record';
import { settleReview } from '../../reviews/review-counting';
import { DEMO_REVIEWERS, DEMO_REVIEWS } from './demo-reviews';

/**
 * Demo reviewers, their enrollments and reviews, written through the same counting as the API so
 * the courses' ratings are right. Idempotent: a review that exists is left as it is (and so is its
 * count); returns how many reviews this call wrote.
 */
export async function seedDemoReviews(
  deps: Pick<ApiDeps, 'users' | 'enrollments' | 'courses' | 'reviews'>,
  teacherName: string,
): Promise<number> {
  let written = 0;
  for (const reviewer of DEMO_REVIEWERS) {
    await deps.users.createIfAbsent({ ...reviewer, email: `${reviewer.userId}@lessonstage.local`, role: 'student', createdAt: new Date().toISOString() });
  }
  for (const demo of DEMO_REVIEWS) {
    if (!(await deps.courses.get(demo.courseId))) continue;
    const reviewId = reviewIdOf(demo.courseId, demo.userId);
    if (await deps.reviews.get(demo.courseId, reviewId)) continue;
    await deps.enrollments.grant(demo.userId, demo.courseId, FREE_ENROLLMENT);
    const name = DEMO_REVIEWERS.find((r) => r.userId === demo.userId)!.name;
    await settleReview(deps, demo.courseId, demo.userId, { userId: demo.userId, rating: demo.rating, text: demo.text, reviewerName: name });
    if (demo.reply) await deps.reviews.reply(demo.courseId, reviewId, { text: demo.reply, authorName: teacherName, repliedAt: new Date().toISOString() });
    written += 1;
  }
  return written;
}
