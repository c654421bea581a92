/** The 6-digit code in a message ("Your code is 123456"), or null. */
export function mailboxCode(text: string): string | null {
  return /\b(\d{6})\b/.exec(text)?.[1] ?? null;
}

/** Newest first, whatever order the messages came in. */
export function newestFirst<T extends { readonly sentAt: string }>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt));
}
