import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyCourse } from '@lessonstage/shared';

import { aCourseSummary } from '../../../core/courses/testing/course-fixtures';
import { MyCoursesPage, percentComplete } from './my-courses-page';

function aMyCourse(overrides: Partial<MyCourse> = {}): MyCourse {
  return { course: aCourseSummary(), enrolledAt: '2026-01-01T00:00:00Z', completedLessons: 0, totalLessons: 3, ...overrides };
}

describe('MyCoursesPage', () => {
  let fixture: ComponentFixture<MyCoursesPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyCoursesPage);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  /** Answers the request for a page of My courses (the first unless `cursor`). */
  const page = (items: MyCourse[], nextCursor: string | null = null, cursor?: string) =>
    http.expectOne((request) => request.url === '/api/me/courses' && request.params.get('cursor') === (cursor ?? null)).flush({ items, nextCursor });
  const summary = () => http.expectOne((request) => request.url === '/api/me/practice/summary');
  const emptySummary = { days: [], streakDays: 0, longestStreakDays: 0, weeklyGoalSeconds: 0, thisWeekSeconds: 0, perLesson: [], perCourse: [], loops: [] };

  const el = () => fixture.nativeElement as HTMLElement;
  const cards = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="my-course-card"]'));
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('lists enrolled courses with their progress and a way to continue', async () => {
    expect(el().querySelector('[data-testid="loading-state"]')).not.toBeNull();
    page([
      aMyCourse({ course: aCourseSummary({ courseId: 'c1', title: 'Blues Guitar' }), completedLessons: 1, totalLessons: 4 }),
      aMyCourse({ course: aCourseSummary({ courseId: 'c2', title: 'Funk Bass' }), completedLessons: 0, totalLessons: 6 }),
    ]);
    await fixture.whenStable();

    expect(cards()).toHaveLength(2);
    const [first, second] = cards();
    expect(text(first.querySelector('h2'))).toBe('Blues Guitar');
    expect(first.querySelector('h2 a')?.getAttribute('href')).toBe('/courses/c1');
    expect(text(first.querySelector('[data-testid="course-progress"]'))).toBe('1 of 4 lessons completed · 25%');
    const bar = first.querySelector('mat-progress-bar')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuetext')).toBe('1 of 4 lessons completed');
    const go = first.querySelector('[data-testid="continue-course"]')!;
    expect(text(go)).toBe('Continue');
    expect(go.getAttribute('href')).toBe('/courses/c1/continue');
    expect(second.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('0');

    // Time practised per course, all time, beside Continue.
    const asked = summary();
    expect(asked.request.params.get('tz')).toBeTruthy();
    asked.flush({ ...emptySummary, perCourse: [{ courseId: 'c1', seconds: 1500 }] });
    await fixture.whenStable();
    expect(text(first.querySelector('[data-testid="course-practised"]'))).toBe('25 min practised');
    expect(second.querySelector('[data-testid="course-practised"]')).toBeNull();
    expect(el().querySelector('[data-testid="course-certificate"]')).toBeNull();
  });

  it('offers the certificate of a completed course', async () => {
    page([aMyCourse({ course: aCourseSummary({ courseId: 'c1', title: 'Blues Guitar' }), completedLessons: 4, totalLessons: 4 })]);
    summary().flush(emptySummary);
    await fixture.whenStable();
    const certificate = el().querySelector('[data-testid="course-certificate"]')!;
    expect(certificate.getAttribute('href')).toBe('/certificates');
    expect(certificate.getAttribute('aria-label')).toBe('Certificate for Blues Guitar');
  });

  it('shows an empty state that links to the catalog', async () => {
    page([]);
    summary().flush(emptySummary);
    await fixture.whenStable();
    const empty = el().querySelector('[data-testid="empty-state"]')!;
    expect(text(empty)).toContain('No courses yet');
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('/');
  });

  it('shows the next page on "Show more", says how many are shown, and moves focus to the first new course', async () => {
    const course = (n: number) => aMyCourse({ course: aCourseSummary({ courseId: `c${n}`, title: `Course ${n}` }) });
    page([course(1), course(2)], 'page-2');
    summary().flush(emptySummary);
    await fixture.whenStable();
    const shown = () => text(el().querySelector('[data-testid="my-courses-shown"]'));
    expect(shown()).toBe('Showing 2 courses; more to show');
    const more = el().querySelector<HTMLButtonElement>('[data-testid="load-more"]')!;
    expect(text(more)).toBe('Show more');
    more.focus();
    more.click();
    await fixture.whenStable();
    expect(more.getAttribute('aria-busy')).toBe('true');
    page([course(2), course(3)], null, 'page-2'); // one listed already (enrolled meanwhile): not twice
    await fixture.whenStable();

    expect(cards().map((card) => text(card.querySelector('h2')))).toEqual(['Course 1', 'Course 2', 'Course 3']);
    expect(document.activeElement).toBe(cards()[2]!.querySelector('h2 a'));
    expect(shown()).toBe('Showing 3 courses');
    expect(el().querySelector('[data-testid="load-more"]')).toBeNull();
  });

  it('keeps the pages shown when the next one fails, and offers Retry for it', async () => {
    page([aMyCourse()], 'page-2');
    summary().flush(emptySummary);
    await fixture.whenStable();
    el().querySelector<HTMLButtonElement>('[data-testid="load-more"]')!.click();
    http.expectOne((request) => request.params.get('cursor') === 'page-2').flush({ error: 'down' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    expect(cards()).toHaveLength(1);
    expect(text(el())).toContain("We couldn't load more of your courses");
    el().querySelector<HTMLButtonElement>('[data-testid="error-state"] button')!.click();
    page([aMyCourse({ course: aCourseSummary({ courseId: 'c9' }) })], null, 'page-2');
    await fixture.whenStable();
    expect(cards()).toHaveLength(2);
  });

  it('offers Retry when the list fails', async () => {
    http.expectOne((request) => request.url === '/api/me/courses').flush({ error: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    el().querySelector<HTMLButtonElement>('[data-testid="error-state"] button')!.click();
    await fixture.whenStable();
    page([aMyCourse()]);
    summary().flush({ error: 'x' }, { status: 500, statusText: 'Error' }); // the list shows without it
    await fixture.whenStable();
    expect(cards()).toHaveLength(1);
    expect(el().querySelector('[data-testid="course-practised"]')).toBeNull();
  });
});

describe('percentComplete', () => {
  it('is the completed share of lessons, 0..100', () => {
    expect(percentComplete({ completedLessons: 1, totalLessons: 3 })).toBe(33);
    expect(percentComplete({ completedLessons: 5, totalLessons: 4 })).toBe(100);
    expect(percentComplete({ completedLessons: 0, totalLessons: 0 })).toBe(0);
  });
});
