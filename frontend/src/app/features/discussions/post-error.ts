import { apiErrorMessage, httpStatusOf, retryAfterSeconds } from '../../core/http/api-error-message';

/** What a failed post says: a 429 tells how long to wait; a 400 names its field, as the API wrote it. */
export function postErrorMessage(error: unknown): string {
  if (httpStatusOf(error) === 429) {
    const seconds = retryAfterSeconds(error);
    return `You're posting quickly. Try again${seconds ? ` in ${seconds} s` : ' in a minute'}.`;
  }
  return apiErrorMessage(error);
}

/** 63_000 → "1:03": a moment in a lesson, as the player shows times. */
export function formatMoment(atMs: number): string {
  const total = Math.floor(Math.max(0, atMs) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
