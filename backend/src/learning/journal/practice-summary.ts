import { MAX_SUMMARY_DAYS, type PracticeSummary, type PracticeSummaryQuery } from '@lessonstage/shared';
import type { DayItem, LoopDayItem, PracticeJournalRepository, StreakRun, TotalItem } from './practice-journal.repository';
import { currentStreak, longestStreak } from './streaks';
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

/**
 * The current streak, which may reach back before any range asked for: read further back, a
 * range at a time, while the run reaches the start of what was read.
 */
async function streakReadBack(journal: PracticeJournalRepository, userId: string, timeZone: string, today: string, known: Map<string, number>, knownFrom: string): Promise<number> {
  let from = knownFrom;
  let streak = currentStreak(new Set(known.keys()), today);
  // The run ends today, or yesterday when today has none yet; read on while it starts at `from`.
  const end = known.has(today) ? today : addDays(today, -1);
  while (streak > 0 && addDays(end, 1 - streak) <= from) {
    const before = addDays(from, -MAX_SUMMARY_DAYS);
    for (const [date, seconds] of await localDays(journal, userId, timeZone, before, addDays(from, -1))) known.set(date, seconds);
    from = before;
    const longer = currentStreak(new Set(known.keys()), today);
    if (longer === streak) break;
    streak = longer;
  }
  return streak;
}

const daysFrom = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;

/**
 * The current streak from the days read (`knownFrom`..`today`). A run that reaches `knownFrom`
 * goes on with the run remembered last time (`streak#<zone>`) when that one joins it and the day
 * before it still has no practice (one small read); only otherwise is the history read back.
 */
async function streakFrom(journal: PracticeJournalRepository, userId: string, timeZone: string, today: string, known: Map<string, number>, knownFrom: string, remembered: Promise<StreakRun | undefined>): Promise<number> {
  const streak = currentStreak(new Set(known.keys()), today);
  const end = known.has(today) ? today : addDays(today, -1);
  if (streak === 0 || addDays(end, 1 - streak) > knownFrom) return streak;
  const run = await remembered;
  if (run && run.start <= knownFrom && run.through >= addDays(knownFrom, -1)) {
    const dayBefore = addDays(run.start, -1);
    if (!(await localDays(journal, userId, timeZone, dayBefore, dayBefore)).has(dayBefore)) {
      if (end > run.through) await journal.rememberStreakRun(userId, timeZone, { start: run.start, through: end });
      return daysFrom(run.start, end);
    }
  }
  const longer = await streakReadBack(journal, userId, timeZone, today, known, knownFrom);
  await journal.rememberStreakRun(userId, timeZone, { start: addDays(end, 1 - longer), through: end });
  return longer;
}

const only = (days: ReadonlyMap<string, number>, from: string, to: string) => new Map([...days].filter(([date]) => date >= from && date <= to));

/**
 * The summary: the range's days, the recent days (this week and yesterday), totals with the goal,
 * and loops, read in parallel, then the current streak (streakFrom). When the range reaches the
 * recent days (the usual "last 12 months"), range and recent days are one read.
 */
export async function practiceSummary(journal: PracticeJournalRepository, userId: string, { from, to, tz }: PracticeSummaryQuery, nowMs = Date.now()): Promise<PracticeSummary> {
  const today = localDateOf(nowMs, tz);
  const recentFrom = [mondayOf(today), addDays(today, -1)].sort()[0]!;
  const together = to >= addDays(recentFrom, -31) && from <= today;
  const loopRange = utcDaysCovering(from, to);
  // Read with the rest (one small GetItem), in case the streak needs it; a failure is handled where
  // it is awaited, and not an unhandled rejection when it is not.
  const remembered = journal.streakRun(userId, tz);
  remembered.catch(() => undefined);
  const [read, recentRead, loopItems, { totals, weeklyGoalSeconds }] = await Promise.all([
    together ? localDays(journal, userId, tz, [from, recentFrom].sort()[0]!, [to, today].sort()[1]!) : localDays(journal, userId, tz, from, to),
    together ? undefined : localDays(journal, userId, tz, recentFrom, today),
    journal.loopDays(userId, loopRange.first, loopRange.last),
    journal.totalsAndGoal(userId),
  ]);
  const knownFrom = together ? [from, recentFrom].sort()[0]! : recentFrom;
  const recent = only(recentRead ?? read, knownFrom, today);
  const rangeDays = only(read, from, to);
  const streakDays = await streakFrom(journal, userId, tz, today, recent, knownFrom, remembered);
  const thisWeek = mondayOf(today);
  return {
    days: [...rangeDays].sort(([a], [b]) => a.localeCompare(b)).map(([date, seconds]) => ({ date, seconds })),
    streakDays,
    longestStreakDays: longestStreak(rangeDays.keys()),
    weeklyGoalSeconds,
    thisWeekSeconds: [...only(recent, thisWeek, today).values()].reduce((sum, seconds) => sum + seconds, 0),
    ...totalsOf(totals),
    loops: loopPoints(loopItems, tz, from, to),
  };
}
