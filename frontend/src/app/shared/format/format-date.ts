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

const RELATIVE_STEPS: readonly { readonly unit: Intl.RelativeTimeFormatUnit; readonly seconds: number }[] = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
];
/** Past this, a date reads better than "23 days ago". */
const RELATIVE_LIMIT_SECONDS = 7 * 86_400;
const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

/**
 * How long ago `iso` was, for lists of recent things: "just now", "5 minutes ago", "yesterday",
 * "3 days ago"; a week or more (or the future) is the date itself, as formatDate's 'date' style.
 */
export function formatRelativeTime(iso: string, now: number = Date.now(), locale?: string): string {
  const seconds = Math.floor((now - new Date(iso).getTime()) / 1000);
  if (!Number.isFinite(seconds) || seconds < -60 || seconds >= RELATIVE_LIMIT_SECONDS) {
    return formatDate(iso, 'date', locale);
  }
  const step = RELATIVE_STEPS.find((candidate) => seconds >= candidate.seconds);
  if (!step) {
    return 'just now';
  }
  let formatter = relativeFormatters.get(locale ?? '');
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormatters.set(locale ?? '', formatter);
  }
  return formatter.format(-Math.floor(seconds / step.seconds), step.unit);
}
