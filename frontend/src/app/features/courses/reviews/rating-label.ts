import type { CourseRating } from '@lessonstage/shared';

/** "4.5 out of 5, 12 reviews"; "No reviews yet" before the first. */
export function ratingLabel({ average, count }: CourseRating): string {
  if (count === 0) return 'No reviews yet';
  return `${formatAverage(average)} out of 5, ${count} ${count === 1 ? 'review' : 'reviews'}`;
}

/** One decimal, as stars are read ("4.7"; a whole number stays whole: "4"). */
export function formatAverage(average: number): string {
  const rounded = Math.round(average * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** How much of each of the five stars is filled, 0–1, for an average (to the nearest tenth). */
export function starFills(average: number): number[] {
  const tenths = Math.round(Math.min(5, Math.max(0, average)) * 10) / 10;
  return [0, 1, 2, 3, 4].map((i) => Math.min(1, Math.max(0, tenths - i)));
}
