/** The 6-digit code in a message ("Your code is 123456"), or null. */
export function mailboxCode(text: string): string | null {
  return /\b(\d{6})\b/.exec(text)?.[1] ?? null;
}

/** Newest first, whatever order the messages came in. */
export function newestFirst<T extends { readonly sentAt: string }>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt));
}

const SENT_AT_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * "1 Mar 2026, 11:00:00" in the browser's locale and time zone. (Intl rather than DatePipe:
 * DatePipe's module is shared with the app shell, so using it here would grow the initial bundle.)
 */
export function formatSentAt(sentAt: string): string {
  const date = new Date(sentAt);
  return Number.isNaN(date.getTime()) ? sentAt : SENT_AT_FORMAT.format(date);
}
