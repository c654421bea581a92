import { type PracticeSummary, type PracticeSummaryQuery } from '@lessonstage/shared';
import type { DayItem, LoopDayItem, PracticeJournalRepository, TotalItem } from './practice-journal.repository';
import { currentStreakOf } from './current-streak';
import { longestStreak } from './streaks';
import { addDays, localDateOf, localDater, mondayOf, utcDaysCovering } from './time-slots';

/** Seconds per local day (`YYYY-MM-DD` in `timeZone`) from per-UTC-day slots. */
export function localDayTotals(days: readonly DayItem[], timeZone: string): Map<string, number> {
  const totals = new Map<string, number>();
  const dateOf = localDater(timeZone);
  for (const { utcDate, slots } of days) {
    const dateOfSlot = dateOf(utcDate);
    for (const [slot, seconds] of slots) {
      if (seconds <= 0) continue;
      const date = dateOfSlot(slot);
      totals.set(date, (totals.get(date) ?? 0) + seconds);
    }
  }
  return totals;
}

/** Each loop's best speed per local day, within `from`..`to`. */
export function loopPoints(items: readonly LoopDayItem[], timeZone: string, from: string, to: string): PracticeSummary['loops'] {
  const byLoop = new Map<string, Map<string, number>>();
  const dateOf = localDater(timeZone);
  for (const { loopId, utcDate, slots } of items) {
    const dateOfSlot = dateOf(utcDate);
    for (const [slot, speed] of slots) {
      const date = dateOfSlot(slot);
      if (date < from || date > to) continue;
      const points = byLoop.get(loopId) ?? new Map<string, number>();
      points.set(date, Math.max(points.get(date) ?? 0, speed));
      byLoop.set(loopId, points);
    }
  }
  return [...byLoop]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([loopId, points]) => ({ loopId, points: [...points].sort(([a], [b]) => a.localeCompare(b)).map(([date, bestSpeed]) => ({ date, bestSpeed })) }));
}

function totalsOf(items: readonly TotalItem[]): Pick<PracticeSummary, 'perLesson' | 'perCourse'> {
  const bySeconds = (a: { seconds: number }, b: { seconds: number }) => b.seconds - a.seconds;
  const perLesson = items
    .filter((t) => t.lessonId !== undefined && t.seconds > 0)
    .map((t) => ({ courseId: t.courseId, lessonId: t.lessonId!, seconds: t.seconds, lastPractisedAt: t.lastPractisedAt ?? '' }))
    .sort(bySeconds);
  const perCourse = items.filter((t) => t.lessonId === undefined && t.seconds > 0).map(({ courseId, seconds }) => ({ courseId, seconds })).sort(bySeconds);
  return { perLesson, perCourse };
}

/** Local day totals of `from`..`to` (both included, each day complete whatever the zone). */
async function localDays(journal: PracticeJournalRepository, userId: string, timeZone: string, from: string, to: string): Promise<Map<string, number>> {
  const { first, last } = utcDaysCovering(from, to);
  const totals = localDayTotals(await journal.days(userId, first, last), timeZone);
  for (const date of totals.keys()) if (date < from || date > to) totals.delete(date);
  return totals;
}

const only = (days: ReadonlyMap<string, number>, from: string, to: string) => new Map([...days].filter(([date]) => date >= from && date <= to));

/**
 * The summary: the range's days, this week, the current streak (from the practised slots, see
 * current-streak.ts), totals with the goal, and loops, read in parallel. When the range reaches
 * this week (the usual "last 12 months"), range and week are one read.
 */
export async function practiceSummary(journal: PracticeJournalRepository, userId: string, { from, to, tz }: PracticeSummaryQuery, nowMs = Date.now()): Promise<PracticeSummary> {
  const today = localDateOf(nowMs, tz);
  const thisWeek = mondayOf(today);
  const together = to >= addDays(thisWeek, -31) && from <= today;
  const loopRange = utcDaysCovering(from, to);
  const [read, weekRead, loopItems, { totals, weeklyGoalSeconds }, streakDays] = await Promise.all([
    together ? localDays(journal, userId, tz, [from, thisWeek].sort()[0]!, [to, today].sort()[1]!) : localDays(journal, userId, tz, from, to),
    together ? undefined : localDays(journal, userId, tz, thisWeek, today),
    journal.loopDays(userId, loopRange.first, loopRange.last),
    journal.totalsAndGoal(userId),
    currentStreakOf(journal, userId, tz, today),
  ]);
  const rangeDays = only(read, from, to);
  return {
    days: [...rangeDays].sort(([a], [b]) => a.localeCompare(b)).map(([date, seconds]) => ({ date, seconds })),
    streakDays,
    longestStreakDays: longestStreak(rangeDays.keys()),
    weeklyGoalSeconds,
    thisWeekSeconds: [...only(weekRead ?? read, thisWeek, today).values()].reduce((sum, seconds) => sum + seconds, 0),
    ...totalsOf(totals),
    loops: loopPoints(loopItems, tz, from, to),
  };
}
