import type { PracticeJournalRepository, PractisedDay } from './practice-journal.repository';
import { currentStreak } from './streaks';
import { addDays, localDater } from './time-slots';

/**
 * A year's practised slots as its `indexed` item has them. A year written before those items
 * (or not yet complete) is filled in once from its month items, then marked `indexed`.
 */
async function practisedIn(journal: PracticeJournalRepository, userId: string, firstYear: number, lastYear: number): Promise<PractisedDay[]> {
  const read = new Map((await journal.practisedYears(userId, String(firstYear), String(lastYear))).map((year) => [year.utcYear, year]));
  const years: Promise<readonly PractisedDay[]>[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const year = read.get(String(y));
    years.push(year?.indexed ? Promise.resolve(year.days) : backfill(journal, userId, String(y), year?.days));
  }
  return (await Promise.all(years)).flat();
}

async function backfill(journal: PracticeJournalRepository, userId: string, utcYear: string, indexedDays: readonly PractisedDay[] | undefined): Promise<PractisedDay[]> {
  const fromMonths = (await journal.days(userId, `${utcYear}-01-01`, `${utcYear}-12-31`)).map(({ utcDate, slots }) => ({
    utcDate,
    slots: [...slots].filter(([, seconds]) => seconds > 0).map(([slot]) => slot),
  }));
  // A year with neither item nor months stays unwritten: nothing to mark.
  if (indexedDays || fromMonths.some((day) => day.slots.length)) await journal.markIndexed(userId, utcYear, fromMonths);
  return [...(indexedDays ?? []), ...fromMonths];
}

/**
 * The current streak in `timeZone` from the practised slots: two UTC years at first, then a year
 * further back at a time while the run reaches the start of what was read.
 */
export async function currentStreakOf(journal: PracticeJournalRepository, userId: string, timeZone: string, today: string): Promise<number> {
  const dateOf = localDater(timeZone);
  const practised = new Set<string>();
  const add = (days: readonly PractisedDay[]) => {
    for (const { utcDate, slots } of days) {
      const dateOfSlot = dateOf(utcDate);
      for (const slot of slots) practised.add(dateOfSlot(slot));
    }
  };
  let firstYear = Number(addDays(today, -366).slice(0, 4));
  add(await practisedIn(journal, userId, firstYear, Number(addDays(today, 1).slice(0, 4))));
  let streak = currentStreak(practised, today);
  const end = practised.has(today) ? today : addDays(today, -1);
  // Local days from 2 January of the first year read on are complete (a slot is at most a day off its UTC date).
  while (streak > 0 && addDays(end, 1 - streak) <= `${firstYear}-01-02` && firstYear > 1970) {
    firstYear--;
    add(await practisedIn(journal, userId, firstYear, firstYear));
    const longer = currentStreak(practised, today);
    if (longer === streak) break;
    streak = longer;
  }
  return streak;
}
