import { addDays } from './time-slots';

/**
 * Local days in a row with practice that end today, or yesterday when today has none yet (the
 * streak is not broken before the day is over). `practised` holds local dates `YYYY-MM-DD`.
 */
export function currentStreak(practised: ReadonlySet<string>, today: string): number {
  const days = new Set([...practised].map(dayNumber));
  let day = dayNumber(practised.has(today) ? today : addDays(today, -1));
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day--;
  }
  return streak;
}

/** Days since 1970-01-01 of a date `YYYY-MM-DD`. */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** The longest run of consecutive dates among `dates` (any order, duplicates allowed). */
export function longestStreak(dates: Iterable<string>): number {
  const sorted = [...new Set([...dates].map(dayNumber))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i]! - sorted[i - 1]! === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}
