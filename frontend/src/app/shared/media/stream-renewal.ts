/** Ask again this long before the cookies expire (a slow answer still lands in time). */
export const RENEW_BEFORE_MS = 60_000;
/** Never sooner than this after the last answer: a wrong clock must not make a request loop. */
export const MIN_RENEWAL_DELAY_MS = 30_000;

/**
 * When to re-request a streamed lesson's playback so its cookies never lapse while the player is
 * open: a minute before `expiresAt`, at the earliest half a minute from now.
 */
export function renewalDelayMs(expiresAt: string, now: number = Date.now()): number {
  const expires = Date.parse(expiresAt);
  if (!Number.isFinite(expires)) return MIN_RENEWAL_DELAY_MS;
  return Math.max(MIN_RENEWAL_DELAY_MS, expires - RENEW_BEFORE_MS - now);
}
