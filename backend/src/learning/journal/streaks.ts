import { addDays, daysBetween } from './time-slots';

/**
 * Local days in a row with practice that end today, or yesterday when today has none yet (the
 * streak is not broken before the day is over). `practised` holds local dates `YYYY-MM-DD`.
 */
export function currentStreak(practised: ReadonlySet<string>, today: string): number {
  let day = practised.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (practised.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

/** The longest run of consecutive dates among `dates` (any order, duplicates allowed). */
export function longestStreak(dates: Iterable<string>): number {
  const sorted = [...new Set(dates)].sort();
  let longest = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && daysBetween(sorted[i - 1]!, sorted[i]!) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}
