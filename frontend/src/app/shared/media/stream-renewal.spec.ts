import { MIN_RENEWAL_DELAY_MS, renewalDelayMs } from './stream-renewal';

describe('renewalDelayMs', () => {
  const now = Date.parse('2026-12-05T06:00:00Z');

  it('asks a minute before the cookies expire', () => {
    expect(renewalDelayMs('2026-12-05T06:10:00Z', now)).toBe(9 * 60_000);
  });

  it('waits at least half a minute, even when the expiry is near, past or unreadable', () => {
    expect(renewalDelayMs('2026-12-05T06:00:30Z', now)).toBe(MIN_RENEWAL_DELAY_MS);
    expect(renewalDelayMs('2026-12-05T05:00:00Z', now)).toBe(MIN_RENEWAL_DELAY_MS);
    expect(renewalDelayMs('soon', now)).toBe(MIN_RENEWAL_DELAY_MS);
  });
});
