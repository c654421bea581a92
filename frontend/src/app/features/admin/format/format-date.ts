const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "2026-01-10T12:00:00.000Z" → "Jan 10, 2026". Intl rather than Angular's DatePipe, whose code
 * would otherwise end up in the app's initial bundle (it shares a file with pipes the shell uses).
 */
export function formatDate(iso: string, locale = 'en-US'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
