import { Observable, of, throwError } from 'rxjs';

import type { Enrollment, EnrollmentStatus } from '../../../core/enrollments/enrollments.api';
import { ConfirmationPhase, confirmEnrollment, GIVE_UP_AFTER_MS, POLL_INTERVAL_MS, SLOW_AFTER_MS } from './enrollment-confirmation';

describe('confirmEnrollment', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function run(answers: (EnrollmentStatus | Error)[]) {
    let checks = 0;
    const check = (): Observable<Enrollment> => {
      const answer = answers[Math.min(checks++, answers.length - 1)];
      return answer instanceof Error ? throwError(() => answer) : of({ courseId: 'c1', status: answer });
    };
    const phases: ConfirmationPhase[] = [];
    let done = false;
    const subscription = confirmEnrollment(check).subscribe({
      next: (phase) => phases.push(phase),
      complete: () => (done = true),
    });
    return { phases, checks: () => checks, done: () => done, subscription };
  }

  it('checks at once, then every second until the enrollment is active', async () => {
    const run1 = run(['none', 'none', 'active']);
    expect(run1.phases).toEqual(['confirming']);
    await vi.advanceTimersByTimeAsync(0);
    expect(run1.checks()).toBe(1);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(run1.checks()).toBe(2);
    expect(run1.phases).toEqual(['confirming']);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);

    expect(run1.phases).toEqual(['confirming', 'enrolled']);
    expect(run1.done()).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * POLL_INTERVAL_MS);
    expect(run1.checks()).toBe(3);
  });

  it('keeps going through failed checks', async () => {
    const run1 = run([new Error('offline'), 'revoked', 'active']);
    await vi.advanceTimersByTimeAsync(2 * POLL_INTERVAL_MS);
    expect(run1.phases).toEqual(['confirming', 'enrolled']);
  });

  it('says it is slow after 30 s, checks less often, and still confirms', async () => {
    const run1 = run(['none']);
    await vi.advanceTimersByTimeAsync(SLOW_AFTER_MS - 1);
    expect(run1.phases).toEqual(['confirming']);
    const checksBefore = run1.checks();
    expect(checksBefore).toBe(30);

    await vi.advanceTimersByTimeAsync(1);
    expect(run1.phases).toEqual(['confirming', 'slow']);
    await vi.advanceTimersByTimeAsync(10 * POLL_INTERVAL_MS);
    expect(run1.checks() - checksBefore).toBe(3); // at 30, 35 and 40 s

    run1.subscription.unsubscribe();
    const late = run(['none']);
    await vi.advanceTimersByTimeAsync(SLOW_AFTER_MS + 5 * POLL_INTERVAL_MS);
    expect(late.phases).toEqual(['confirming', 'slow']);
    late.subscription.unsubscribe();
  });

  it('stops checking after five minutes', async () => {
    const run1 = run(['none']);
    await vi.advanceTimersByTimeAsync(GIVE_UP_AFTER_MS + 60_000);
    const checks = run1.checks();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run1.checks()).toBe(checks);
    expect(run1.phases).toEqual(['confirming', 'slow']);
  });

  it('turns "slow" into "enrolled" when the webhook is late', async () => {
    const answers: EnrollmentStatus[] = Array(32).fill('none'); // 0…29 s, 30 s, 35 s; active at 40 s
    const run1 = run([...answers, 'active']);
    await vi.advanceTimersByTimeAsync(SLOW_AFTER_MS + 10 * POLL_INTERVAL_MS);
    expect(run1.phases).toEqual(['confirming', 'slow', 'enrolled']);
    expect(run1.done()).toBe(true);
  });
});
