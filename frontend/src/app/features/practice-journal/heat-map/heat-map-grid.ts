import { daysBefore, isoDay } from '../../../core/practice/local-days';

/** Minutes a day from which each shade starts (level 1..4); 0 minutes is level 0. */
export const LEVEL_MINUTES = [1, 10, 30, 60] as const;

export interface HeatCell {
  readonly date: string;
  readonly minutes: number;
  readonly level: 0 | 1 | 2 | 3 | 4;
}

export interface HeatMapGrid {
  /** One column a week, Monday first; null for days outside the range (before it, after today). */
  readonly weeks: readonly (readonly (HeatCell | null)[])[];
  /** A month's short name over the first week that starts in it. */
  readonly months: readonly { readonly week: number; readonly label: string }[];
}

export function levelOf(minutes: number): HeatCell['level'] {
  let level = 0;
  for (const from of LEVEL_MINUTES) if (minutes >= from) level++;
  return level as HeatCell['level'];
}

/**
 * The last `days` local days up to `today` as weeks of seven (Monday to Sunday), each day with its
 * whole minutes from `seconds` (keyed by YYYY-MM-DD).
 */
export function heatMapGrid(seconds: ReadonlyMap<string, number>, today: Date, days = 365, locale?: string): HeatMapGrid {
  const first = daysBefore(today, days - 1);
  const mondayOffset = (first.getDay() + 6) % 7;
  const start = daysBefore(first, mondayOffset);
  const todayKey = isoDay(today);
  const firstKey = isoDay(first);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short' });
  const weeks: (HeatCell | null)[][] = [];
  const months: { week: number; label: string }[] = [];
  for (let week = 0; ; week++) {
    const column: (HeatCell | null)[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + week * 7 + weekday);
      const key = isoDay(date);
      if (key < firstKey || key > todayKey) {
        column.push(null);
        continue;
      }
      if (date.getDate() <= 7 && weekday === 0) months.push({ week, label: monthName.format(date) });
      const minutes = Math.floor((seconds.get(key) ?? 0) / 60);
      column.push({ date: key, minutes, level: levelOf(minutes) });
    }
    weeks.push(column);
    if (column.some((cell) => cell?.date === todayKey) || week > 60) break;
  }
  return { weeks, months };
}
