/** The browser's time zone (IANA name), which the summary's local days are counted in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A local calendar day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `days` before `date` (calendar days, so daylight-saving changes do not shift it). */
export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - days);
}

/** The last `days` local days up to today, in the browser's zone: a summary's range. */
export function lastDays(days: number, today = new Date()): { from: string; to: string; tz: string } {
  return { from: isoDay(daysBefore(today, days - 1)), to: isoDay(today), tz: browserTimeZone() };
}
