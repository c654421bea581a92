import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aCourseDetail } from '../../../core/courses/testing/course-fixtures';
import { CheckoutSuccessPage } from './checkout-success-page';
import { POLL_INTERVAL_MS, SLOW_AFTER_MS } from './enrollment-confirmation';

describe('CheckoutSuccessPage', () => {
  let fixture: ComponentFixture<CheckoutSuccessPage>;
  let http: HttpTestingController;

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CheckoutSuccessPage);
  });

  afterEach(() => {
    fixture.destroy();
    http.verify();
    vi.useRealTimers();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const status = () => el().querySelector('[data-testid="checkout-status"]')?.textContent?.replace(/\s+/g, ' ').trim();
  async function tick(ms: number): Promise<void> {
    await vi.advanceTimersByTimeAsync(ms);
    fixture.detectChanges();
  }
  const enrollmentCheck = () => http.expectOne('/api/me/courses/course-1');

  async function open(courseId = 'course-1'): Promise<void> {
    fixture.componentRef.setInput('courseId', courseId);
    fixture.detectChanges();
    await tick(0);
  }

  it('confirms the payment, polling until the enrollment is active, then offers the course', async () => {
    await open();
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    expect(status()).toBe('Confirming your payment…');
    expect(el().querySelector('mat-progress-spinner')).not.toBeNull();

    enrollmentCheck().flush({ courseId: 'course-1', status: 'none' });
    await tick(POLL_INTERVAL_MS);
    expect(status()).toBe('Confirming your payment…');
    enrollmentCheck().flush({ courseId: 'course-1', status: 'active' });
    await tick(0);

    expect(status()).toBe("You're enrolled in Blues Guitar from Zero.");
    const start = el().querySelector('[data-testid="start-learning"]');
    expect(start?.getAttribute('href')).toBe('/courses/course-1/lessons/lesson-1');
    expect(Array.from(el().querySelectorAll('a')).some((a) => a.getAttribute('href') === '/my-courses')).toBe(true);

    await tick(5 * POLL_INTERVAL_MS);
    http.expectNone('/api/me/courses/course-1');
  });

  it('after 30 s says the payment will appear in My courses shortly', async () => {
    await open();
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    for (let second = 0; second < SLOW_AFTER_MS / POLL_INTERVAL_MS; second++) {
      enrollmentCheck().flush({ courseId: 'course-1', status: 'none' });
      await tick(POLL_INTERVAL_MS);
    }

    expect(status()).toBe('Your payment is being confirmed — it will appear in My courses shortly.');
    expect(el().querySelector('a[href="/my-courses"]')).not.toBeNull();
    enrollmentCheck().flush({ courseId: 'course-1', status: 'active' });
    await tick(0);
    expect(status()).toContain("You're enrolled in");
  });

  it('still works when the course details fail to load', async () => {
    await open();
    http.expectOne('/api/courses/course-1').flush({ error: 'down' }, { status: 500, statusText: 'Error' });
    enrollmentCheck().flush({ courseId: 'course-1', status: 'active' });
    await tick(0);
    expect(status()).toBe("You're enrolled in this course.");
    expect(el().querySelector('[data-testid="start-learning"]')?.getAttribute('href')).toBe('/courses/course-1');
  });

  it('points to My courses when the URL lacks the course', async () => {
    fixture.componentRef.setInput('courseId', undefined);
    fixture.detectChanges();
    await tick(0);
    expect(status()).toContain('My courses');
    expect(el().querySelector('a[href="/my-courses"]')).not.toBeNull();
  });
});
