/**
 * Limits of reviews and replies. No dependencies (no zod), so the web app can import these values
 * (`@lessonstage/shared/review-rules`); the API enforces them (reviews.schema.ts).
 */
export const REVIEW_TEXT_MAX = 2000;
export const REPLY_TEXT_MAX = 2000;
export const REVIEW_PAGE_DEFAULT = 10;
export const REVIEW_PAGE_MAX = 50;
