/** The app's date styles: "Jan 10, 2026"; with the time, "Jan 10, 2026, 1:00 PM"; with seconds. */
export type DateStyle = 'date' | 'dateTime' | 'dateTimeSeconds';

const STYLE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "2026-01-10T12:00:00.000Z" → "Jan 10, 2026" in `locale` (the browser's own when omitted) and
 * the browser's time zone; text that is not a date comes back as it is. Intl rather than
 * Angular's DatePipe, whose code would otherwise land in the initial bundle (it shares a file
 * with pipes the shell uses).
 */
export function formatDate(iso: string, style: DateStyle = 'date', locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const key = `${style}|${locale ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, STYLE_OPTIONS[style]);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
