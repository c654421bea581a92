import { expect, test, type Page } from '@playwright/test';

import { ADMIN, PASSWORD, signIn, signUp } from '../support/accounts';
import { expectNoAccessibilityViolations } from '../support/axe';

const COURSE = 'demo-voice-warmups'; // free, with seeded reviews
const COURSE_TITLE = 'Singing with Confidence';

interface Rating {
  readonly average: number;
  readonly count: number;
}

/** As the app says it: "4.5 out of 5, 12 reviews". */
function label({ average, count }: Rating): string {
  const rounded = Math.round(average * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} out of 5, ${count} ${count === 1 ? 'review' : 'reviews'}`;
}

async function ratingOf(page: Page): Promise<Rating> {
  return ((await (await page.request.get(`/api/courses/${COURSE}`)).json()) as { rating: Rating }).rating;
}

const cardRating = (page: Page) =>
  page.getByTestId('course-card').filter({ has: page.locator(`a[href="/courses/${COURSE}"]`) }).getByTestId('star-rating');

test.describe('reviews', () => {
  test("a student reviews a course and the catalog card's average changes; the teacher replies once", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const before = await ratingOf(page);
    expect(before.count).toBeGreaterThan(0);
    await page.goto('/');
    await expect(cardRating(page)).toHaveAttribute('aria-label', label(before));

    const email = `reviewer-${Date.now()}@example.com`;
    await signUp(page, 'Rita Reviewer', email);
    await signIn(page, email, PASSWORD);
    await page.goto(`/courses/${COURSE}`);
    await expect(page.getByTestId('course-title')).toHaveText(COURSE_TITLE);
    await page.getByTestId('reviews-placeholder').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('reviews-section')).toBeVisible();
    await expect(page.getByTestId('review-form')).toHaveCount(0);
    await page.getByRole('button', { name: 'Enroll for free' }).click();
    await page.goto(`/courses/${COURSE}`);
    // The reviews load once scrolled to (they sit below the lessons).
    await page.getByTestId('reviews-placeholder').scrollIntoViewIfNeeded();

    // The form: posting without stars says what is missing; stars are chosen with the keyboard.
    const form = page.getByTestId('review-form');
    await expect(form).toBeVisible();
    await form.getByRole('button', { name: 'Post review' }).click();
    await expect(form.getByTestId('review-rating-error')).toHaveText('Choose from 1 to 5 stars.');
    await form.getByRole('radio', { name: '3 stars' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(form.getByRole('radio', { name: '1 star' })).toBeChecked();
    await form.getByLabel('Your review (optional)').fill('Too fast for me. **Needs** slower exercises.');
    await form.getByRole('button', { name: 'Post review' }).click();
    await expect(page.getByTestId('form-status')).toHaveText('Thank you! Your review is posted.');

    const after = { average: (before.average * before.count + 1) / (before.count + 1), count: before.count + 1 };
    await expect(page.getByTestId('course-rating').getByTestId('star-rating')).toHaveAttribute('aria-label', label(after));
    const mine = page.getByTestId('review-item').filter({ hasText: 'Rita Reviewer' });
    await expect(mine.getByTestId('review-text-view').locator('strong')).toHaveText('Needs');
    // The form, the list and the rating pass axe (the accessibility spec never scrolls down to them).
    await expectNoAccessibilityViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('reviews-section').screenshot({ path: 'artifacts/reviews-390.png' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The catalog card shows the new average.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(cardRating(page)).toHaveAttribute('aria-label', label(after));

    // The teacher replies once; the reply shows under the review for everyone.
    const teacher = await browser.newPage();
    await signIn(teacher, ADMIN.email, ADMIN.password);
    await teacher.goto(`/courses/${COURSE}`);
    await teacher.getByTestId('reviews-placeholder').scrollIntoViewIfNeeded();
    const review = teacher.getByTestId('review-item').filter({ hasText: 'Rita Reviewer' });
    await expect(review.getByTestId('reply-form')).toBeVisible();
    await expectNoAccessibilityViolations(teacher);
    await review.getByLabel('Reply as the teacher').fill('Thanks, Rita! Try lesson 2 at 0.75× speed.');
    await review.getByRole('button', { name: 'Post reply' }).click();
    await expect(review.getByTestId('review-reply')).toContainText('Try lesson 2 at 0.75× speed.');
    await expect(review.getByTestId('reply-form')).toHaveCount(0);
    await teacher.close();

    await page.goto(`/courses/${COURSE}`);
    await page.getByTestId('reviews-placeholder').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('review-item').filter({ hasText: 'Rita Reviewer' }).getByTestId('review-reply')).toContainText('Reply from');
  });
});
