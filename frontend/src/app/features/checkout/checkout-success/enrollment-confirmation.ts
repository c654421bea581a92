import { EMPTY, merge, Observable, timer } from 'rxjs';
import { catchError, exhaustMap, filter, map, share, startWith, take, takeUntil, takeWhile } from 'rxjs/operators';

import type { Enrollment } from '../../../core/enrollments/enrollments.api';

/** How often the enrollment is checked while the payment is being confirmed. */
export const POLL_INTERVAL_MS = 1000;
/** After this long the page says the confirmation may take a while (and checks less often). */
export const SLOW_AFTER_MS = 30_000;
/** Once slow, checks only every this many intervals. */
const SLOW_EVERY_TICKS = 5;
/** Stops checking after this long; the page keeps pointing to My courses. */
export const GIVE_UP_AFTER_MS = 5 * 60_000;

/** `confirming` → `enrolled`; `slow` after SLOW_AFTER_MS (and still `enrolled` should it come). */
export type ConfirmationPhase = 'confirming' | 'slow' | 'enrolled';

/**
 * Polls `check` until the enrollment is active: Stripe's webhook may reach the API a moment after
 * the browser comes back from checkout. A failed check is simply tried again on a later tick.
 */
export function confirmEnrollment(check: () => Observable<Enrollment>): Observable<ConfirmationPhase> {
  const slowTick = SLOW_AFTER_MS / POLL_INTERVAL_MS;
  const lastTick = GIVE_UP_AFTER_MS / POLL_INTERVAL_MS;
  const enrolled = timer(0, POLL_INTERVAL_MS).pipe(
    takeWhile((tick) => tick <= lastTick),
    filter((tick) => tick < slowTick || tick % SLOW_EVERY_TICKS === 0),
    // A tick that comes while a check is still running is skipped rather than queued.
    exhaustMap(() => check().pipe(catchError(() => EMPTY))),
    filter((enrollment) => enrollment.status === 'active'),
    take(1),
    map((): ConfirmationPhase => 'enrolled'),
    share(),
  );
  const slow = timer(SLOW_AFTER_MS).pipe(
    map((): ConfirmationPhase => 'slow'),
    takeUntil(enrolled),
  );
  return merge(enrolled, slow).pipe(startWith<ConfirmationPhase>('confirming'));
}
