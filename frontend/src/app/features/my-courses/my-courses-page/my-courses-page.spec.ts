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

  const el = () => fixture.nativeElement as HTMLElement;
  const cards = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="my-course-card"]'));
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('lists enrolled courses with their progress and a way to continue', async () => {
    expect(el().querySelector('[data-testid="loading-state"]')).not.toBeNull();
    http.expectOne('/api/me/courses').flush([
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
    expect(el().querySelector('[data-testid="course-certificate"]')).toBeNull();
  });

  it('offers the certificate of a completed course', async () => {
    http.expectOne('/api/me/courses').flush([aMyCourse({ course: aCourseSummary({ courseId: 'c1', title: 'Blues Guitar' }), completedLessons: 4, totalLessons: 4 })]);
    await fixture.whenStable();
    const certificate = el().querySelector('[data-testid="course-certificate"]')!;
    expect(certificate.getAttribute('href')).toBe('/certificates');
    expect(certificate.getAttribute('aria-label')).toBe('Certificate for Blues Guitar');
  });

  it('shows an empty state that links to the catalog', async () => {
    http.expectOne('/api/me/courses').flush([]);
    await fixture.whenStable();
    const empty = el().querySelector('[data-testid="empty-state"]')!;
    expect(text(empty)).toContain('No courses yet');
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('/');
  });

  it('offers Retry when the list fails', async () => {
    http.expectOne('/api/me/courses').flush({ error: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    el().querySelector<HTMLButtonElement>('[data-testid="error-state"] button')!.click();
    await fixture.whenStable();
    http.expectOne('/api/me/courses').flush([aMyCourse()]);
    await fixture.whenStable();
    expect(cards()).toHaveLength(1);
  });
});

describe('percentComplete', () => {
  it('is the completed share of lessons, 0..100', () => {
    expect(percentComplete({ completedLessons: 1, totalLessons: 3 })).toBe(33);
    expect(percentComplete({ completedLessons: 5, totalLessons: 4 })).toBe(100);
    expect(percentComplete({ completedLessons: 0, totalLessons: 0 })).toBe(0);
  });
});
