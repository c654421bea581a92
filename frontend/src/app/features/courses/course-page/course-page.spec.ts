import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, DeferBlockBehavior, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import type { CourseDetail } from '@lessonstage/shared';

import { AuthStore } from '../../../core/auth/auth.store';
import { anAdmin, aUser } from '../../../core/auth/testing/auth-fixtures';
import { signInAs } from '../../../core/auth/testing/sign-in-as';
import { FakeBrowserLocation, provideFakeBrowserLocation } from '../../../core/browser/testing/fake-browser-location';

import { aCourseDetail, aLesson, aSection } from '../../../core/courses/testing/course-fixtures';
import { CoursePage } from './course-page';

/** jsdom has no IntersectionObserver; the reviews' `@defer (on viewport)` only needs one to exist (it never fires here). */
class NoIntersections {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}
const hadObserver = 'IntersectionObserver' in globalThis;
beforeAll(() => {
  if (!hadObserver) (globalThis as Record<string, unknown>)['IntersectionObserver'] = NoIntersections;
});
afterAll(() => {
  if (!hadObserver) delete (globalThis as Record<string, unknown>)['IntersectionObserver'];
});

/** The reviews section asks for its own data; these specs are about the rest of the page. */
function answerReviews(http: HttpTestingController): void {
  for (const request of http.match((r) => r.url.endsWith('/reviews'))) if (!request.cancelled) request.flush({ items: [], nextCursor: null });
  for (const request of http.match((r) => r.url.endsWith('/review'))) if (!request.cancelled) request.flush({ review: null });
}

describe('CoursePage', () => {
  let fixture: ComponentFixture<CoursePage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CoursePage],
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    // The reviews are a @defer block: its dependencies are resolved here.
    await TestBed.compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CoursePage);
  });

  afterEach(() => {
    answerReviews(http);
    http.verify();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

  async function open(courseId: string): Promise<void> {
    fixture.componentRef.setInput('courseId', courseId);
    await fixture.whenStable();
  }

  it('shows a loading state, then the course with its sections and lessons', async () => {
    await open('course-1');
    expect(byTestId('loading-state')).not.toBeNull();

    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    await fixture.whenStable();

    expect(byTestId('loading-state')).toBeNull();
    const title = byTestId('course-title')!;
    expect(title.tagName).toBe('H1');
    expect(title.textContent).toContain('Blues Guitar from Zero');
    expect(byTestId('course-price')?.textContent?.trim()).toBe('$29.99');
    expect(el().textContent).toContain('Ana Lima');
    expect(byTestId('course-instrument')?.textContent).toContain('Guitar');
    expect(byTestId('course-level')?.textContent).toContain('Beginner');

    const sections = allByTestId('course-section');
    expect(sections).toHaveLength(2);
    expect(sections[0].querySelector('h2')?.textContent).toContain('Getting started');
    expect(sections[1].querySelector('h2')?.textContent).toContain('The shuffle');

    const lessons = allByTestId('lesson-item');
    expect(lessons).toHaveLength(3);
    expect(lessons[0].textContent).toContain('Welcome');
    expect(lessons[0].textContent).toContain('03:05');
    expect(lessons[0].textContent).toContain('Free preview');
    expect(lessons[1].textContent).not.toContain('Free preview');
    expect(lessons[2].textContent).toContain('1:02:05');
    expect(sections[0].querySelectorAll('[data-testid="lesson-item"]')).toHaveLength(2);

    // 185 + 427 + 3725 = 4337 s
    expect(byTestId('course-stats')?.textContent).toContain('3 lessons');
    expect(byTestId('course-stats')?.textContent).toContain('1:12:17');
  });

  it("shows the course's stars under the teacher, and a place for its reviews below the lessons", async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail({ rating: { average: 4.25, count: 4 } }));
    await fixture.whenStable();
    expect(byTestId('course-rating')?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('4.3 out of 5, 4 reviews');
    // The reviews wait below the lessons until scrolled to (e2e/tests/reviews.spec.ts drives them).
    expect(byTestId('reviews-placeholder')).not.toBeNull();
  });

  it('shows no length for a lesson whose video length is unknown (0), rather than "00:00"', async () => {
    await open('course-1');
    const lessons = [aLesson({ lessonId: 'lesson-1', durationSec: 0 }), aLesson({ lessonId: 'lesson-2', durationSec: 65 })];
    http.expectOne('/api/courses/course-1').flush(aCourseDetail({ sections: [aSection({ lessons })] }));
    await fixture.whenStable();

    const [unknown, known] = allByTestId('lesson-item');
    expect(unknown!.querySelector('time')).toBeNull();
    expect(unknown!.textContent).not.toContain('00:00');
    expect(known!.querySelector('time')?.textContent?.trim()).toBe('01:05');
  });

  it('links back to the catalog', async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    await fixture.whenStable();

    const back = el().querySelector('a.back-link');
    expect(back?.getAttribute('href')).toBe('/');
    expect(back?.textContent).toContain('All courses');
  });

  it('sets the document title to the course name', async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail({ title: 'Funk Bass' }));
    await fixture.whenStable();

    expect(TestBed.inject(Title).getTitle()).toBe('Funk Bass · Lessonstage');
  });

  it('shows "Course not found" with a link home for a 404', async () => {
    await open('nope');
    http
      .expectOne('/api/courses/nope')
      .flush({ error: 'Course not found', code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    const error = byTestId('error-state')!;
    expect(error.querySelector('[role="heading"]')?.textContent).toContain('Course not found');
    expect(error.querySelector('[role="heading"]')?.getAttribute('aria-level')).toBe('1');
    expect(error.querySelector('a')?.getAttribute('href')).toBe('/');
    expect(error.querySelector('button')).toBeNull();
    expect(byTestId('course-title')).toBeNull();
  });

  it('offers Retry for other errors and loads the course again', async () => {
    await open('course-1');
    http
      .expectOne('/api/courses/course-1')
      .flush({ error: 'Database down' }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();

    const error = byTestId('error-state')!;
    expect(error.textContent).toContain('Something went wrong on our side');
    expect(error.textContent).not.toContain('Database down');
    (error.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();

    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    await fixture.whenStable();
    expect(byTestId('error-state')).toBeNull();
    expect(byTestId('course-title')).not.toBeNull();
  });

  it('loads the new course when the route parameter changes', async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail());
    await fixture.whenStable();

    await open('course-2');
    expect(byTestId('loading-state')).not.toBeNull();
    http.expectOne('/api/courses/course-2').flush(
      aCourseDetail({
        courseId: 'course-2',
        title: 'Drum Fills',
        sections: [aSection({ lessons: [aLesson({ title: 'Fill one' })] })],
      }),
    );
    await fixture.whenStable();

    expect(byTestId('course-title')?.textContent).toContain('Drum Fills');
    expect(allByTestId('course-section')).toHaveLength(1);
    expect(allByTestId('lesson-item')).toHaveLength(1);
  });

  it('says so when a course has no sections', async () => {
    await open('course-1');
    http.expectOne('/api/courses/course-1').flush(aCourseDetail({ sections: [] }));
    await fixture.whenStable();

    expect(allByTestId('course-section')).toHaveLength(0);
    expect(el().textContent).toContain("doesn't have any lessons yet");
  });
});

describe('CoursePage buying and lessons', () => {
  let fixture: ComponentFixture<CoursePage>;
  let http: HttpTestingController;

  @Component({ template: '' })
  class Blank {}

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CoursePage],
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'courses/:courseId/lessons/:lessonId', component: Blank }]),
        provideFakeBrowserLocation(),
      ],
    });
    await TestBed.compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    answerReviews(http);
    http.verify();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const links = () => Array.from(el().querySelectorAll<HTMLAnchorElement>('[data-testid="lesson-link"]'));
  const lockedLessons = () => links().map((link) => link.querySelector('[data-testid="lesson-locked"]') !== null);

  async function open(options: { enrollment?: 'active' | 'none' | 'revoked'; checkout?: string; course?: CourseDetail } = {}) {
    fixture = TestBed.createComponent(CoursePage);
    fixture.componentRef.setInput('courseId', 'course-1');
    if (options.checkout) {
      fixture.componentRef.setInput('checkout', options.checkout);
    }
    await fixture.whenStable();
    http.expectOne('/api/courses/course-1').flush(options.course ?? aCourseDetail());
    if (options.enrollment) {
      http.expectOne('/api/me/courses/course-1').flush({ courseId: 'course-1', status: options.enrollment });
    }
    await fixture.whenStable();
  }

  it('links every lesson to the player and locks paid lessons for anonymous visitors', async () => {
    TestBed.inject(AuthStore).markSignedOut();
    await open();

    expect(links().map((link) => link.getAttribute('href'))).toEqual([
      '/courses/course-1/lessons/lesson-1',
      '/courses/course-1/lessons/lesson-2',
      '/courses/course-1/lessons/lesson-3',
    ]);
    expect(lockedLessons()).toEqual([false, true, true]);
    expect(links()[0].textContent).toContain('Free preview');
    expect(byTestId('buy-button')?.textContent?.trim()).toBe('Buy for $29.99');
    expect(byTestId('continue-learning')).toBeNull();
  });

  it('shows neither Buy nor locks until the session is known', async () => {
    await open();
    expect(lockedLessons()).toEqual([false, false, false]);
    expect(byTestId('buy-button')).toBeNull();
  });

  it('offers Buy to signed-in students who are not enrolled (also after a refund)', async () => {
    await signInAs(aUser());
    await open({ enrollment: 'revoked' });
    expect(lockedLessons()).toEqual([false, true, true]);
    expect(byTestId('buy-button')).not.toBeNull();
    expect(byTestId('course-discussion-link')).toBeNull();
  });

  it('shows "Continue learning" at the first unfinished lesson to enrolled students', async () => {
    await signInAs(aUser());
    await open({ enrollment: 'active' });
    http.expectOne('/api/courses/course-1/progress').flush([{ lessonId: 'lesson-1', positionSec: 185, completed: true, updatedAt: 'x' }]);
    await fixture.whenStable();

    expect(byTestId('buy-button')).toBeNull();
    expect(byTestId('continue-learning')?.getAttribute('href')).toBe('/courses/course-1/lessons/lesson-2');
    expect(byTestId('enrolled-note')?.textContent).toContain("You're enrolled");
    expect(byTestId('course-discussion-link')?.getAttribute('href')).toBe('/courses/course-1/discussion');
    expect(lockedLessons()).toEqual([false, false, false]);
    expect(byTestId('preview-badge')).toBeNull();
  });

  it('lets administrators open every lesson', async () => {
    await signInAs(anAdmin());
    await open({ enrollment: 'none' });
    expect(lockedLessons()).toEqual([false, false, false]);
    expect(byTestId('course-discussion-link')).not.toBeNull(); // teachers read every discussion
  });

  it('enrolls in a free course and opens its first lesson', async () => {
    await signInAs(aUser());
    await open({ enrollment: 'none', course: aCourseDetail({ priceCents: 0 }) });
    const button = byTestId('buy-button')!;
    expect(button.textContent?.trim()).toBe('Enroll for free');

    button.click();
    http.expectOne('/api/payments/checkout').flush({ sessionUrl: null, enrolled: true });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/courses/course-1/lessons/lesson-1');
    http.expectOne('/api/courses/course-1/progress').flush([]); // enrolled now: where to continue
    await fixture.whenStable();
    expect(byTestId('continue-learning')).not.toBeNull();
  });

  it('sends paid checkouts to Stripe', async () => {
    await signInAs(aUser());
    await open({ enrollment: 'none' });
    byTestId('buy-button')!.click();
    http.expectOne('/api/payments/checkout').flush({ sessionUrl: 'https://checkout.stripe.com/c/pay/cs_1', enrolled: false });
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(FakeBrowserLocation).assigned).toEqual(['https://checkout.stripe.com/c/pay/cs_1']);
  });

  it('says so when the visitor came back from a cancelled checkout', async () => {
    await signInAs(aUser());
    await open({ enrollment: 'none', checkout: 'cancelled' });
    expect(byTestId('form-status')?.textContent).toContain('Checkout cancelled');
  });
});
