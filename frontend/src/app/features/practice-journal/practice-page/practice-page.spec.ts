import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyCourse, PracticeSummary } from '@lessonstage/shared';

import { AuthStore } from '../../../core/auth/auth.store';
import { aCourseSummary } from '../../../core/courses/testing/course-fixtures';
import { PracticePage } from './practice-page';

const EMPTY: PracticeSummary = { days: [], streakDays: 0, longestStreakDays: 0, weeklyGoalSeconds: 0, thisWeekSeconds: 0, perLesson: [], perCourse: [], loops: [] };

describe('PracticePage', () => {
  let fixture: ComponentFixture<PracticePage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AuthStore, useValue: { user: signal({ userId: 'u1' }), isSignedIn: () => true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PracticePage);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function answer(summary: PracticeSummary, courses: MyCourse[] = [], nextCursor: string | null = null) {
    await new Promise((resolve) => setTimeout(resolve)); // the outbox's (empty) send goes first
    const asked = http.expectOne((request) => request.url === '/api/me/practice/summary');
    expect(asked.request.params.get('tz')).toBeTruthy();
    asked.flush(summary);
    const open = http.match((request) => request.url === '/api/me/courses').filter((request) => !request.cancelled);
    expect(open).toHaveLength(1);
    expect(open[0]!.request.params.get('limit')).toBe('100');
    open[0]!.flush({ items: courses, nextCursor });
    await fixture.whenStable();
    return asked.request;
  }
  const aMyCourse = (courseId: string, title: string): MyCourse => ({ course: aCourseSummary({ courseId, title }), enrolledAt: '2026-01-01T00:00:00Z', completedLessons: 0, totalLessons: 3 });

  it('says what to do first when nothing was practised, and still offers the goal', async () => {
    const request = await answer(EMPTY);
    const [from, to] = [request.params.get('from')!, request.params.get('to')!];
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(364);
    expect(text(byTestId('empty-state'))).toContain('Open a lesson and press play');
    expect(byTestId('goal-form')).not.toBeNull();
    expect(text(byTestId('week-time'))).toBe('0 s');
  });

  it('shows this week against the goal, streaks, time per course and each loop’s best speeds', async () => {
    await answer(
      {
        ...EMPTY,
        days: [{ date: '2026-03-01', seconds: 1500 }, { date: '2026-03-02', seconds: 300 }],
        streakDays: 2,
        longestStreakDays: 5,
        weeklyGoalSeconds: 3600,
        thisWeekSeconds: 1800,
        perLesson: [{ courseId: 'c1', lessonId: 'l1', seconds: 1800, lastPractisedAt: '2026-03-02T10:00:00Z' }],
        perCourse: [{ courseId: 'c1', seconds: 1800 }, { courseId: 'gone', seconds: 60 }],
        loops: [{ loopId: 'loop1', points: [{ date: '2026-03-01', bestSpeed: 0.75 }, { date: '2026-03-02', bestSpeed: 0.9 }] }],
      },
      [aMyCourse('c1', 'Blues Guitar')],
    );
    http.expectOne((request) => request.url === '/api/me/loops' && request.params.get('lessonId') === 'l1').flush({
      items: [{ loopId: 'loop1', courseId: 'c1', lessonId: 'l1', name: 'Turnaround', startMs: 0, endMs: 2000, speed: 0.9, trainer: null, bestSpeed: 0.9, updatedAt: '' }],
    });
    http.expectOne('/api/courses/gone').flush({ error: 'Course not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(text(byTestId('week-time'))).toBe('30 min of 1 h');
    expect(el().querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');
    expect(text(byTestId('current-streak'))).toBe('2 days');
    expect(text(byTestId('longest-streak'))).toBe('5 days');
    expect(text(byTestId('year-time'))).toBe('30 min on 2 days');
    expect(byTestId('heat-map')?.getAttribute('aria-label')).toContain('30 minutes on 2 days');
    const courses = Array.from(el().querySelectorAll('[data-testid="course-time"]'));
    expect(courses.map((course) => [text(course.querySelector('.course-title')), text(course.querySelector('.course-time'))])).toEqual([
      ['Blues Guitar', '30 min'],
      ['A course you no longer have', '1 min'],
    ]);
    expect(text(byTestId('loop-speed-summary'))).toBe('Turnaround: best 0.9×, latest 0.9× (2 days)');
    const rows = Array.from(el().querySelectorAll('[data-testid="loop-speed-row"]'));
    expect(rows.map((row) => Array.from(row.querySelectorAll('td')).map(text))).toEqual([
      ['2026-03-01', '0.75×'],
      ['2026-03-02', '0.9×'],
    ]);
  });

  it('reads further pages of My courses only while a practised course is unnamed', async () => {
    const perCourse = [{ courseId: 'c1', seconds: 600 }, { courseId: 'c150', seconds: 60 }];
    await answer({ ...EMPTY, days: [{ date: '2026-03-01', seconds: 660 }], perCourse }, [aMyCourse('c1', 'Blues Guitar')], 'page-2');
    const second = http.expectOne((request) => request.url === '/api/me/courses' && request.params.get('cursor') === 'page-2');
    expect(second.request.params.get('limit')).toBe('100');
    second.flush({ items: [aMyCourse('c150', 'Funk Bass')], nextCursor: 'page-3' }); // named now: page 3 is not asked for
    await fixture.whenStable();
    http.expectNone((request) => request.url === '/api/me/courses');
    const courses = Array.from(el().querySelectorAll('[data-testid="course-time"] .course-title')).map(text);
    expect(courses).toEqual(['Blues Guitar', 'Funk Bass']);
  });

  it('checks the goal before saving it, and saves whole minutes', async () => {
    await answer(EMPTY);
    const input = el().querySelector<HTMLInputElement>('[data-testid="goal-minutes"]')!;
    input.value = '-3';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    el().querySelector<HTMLFormElement>('[data-testid="goal-form"]')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(text(el().querySelector('mat-error'))).toBe('Enter whole minutes, 0 or more.');
    expect(document.activeElement).toBe(input);

    input.value = '90';
    input.dispatchEvent(new Event('input'));
    el().querySelector<HTMLFormElement>('[data-testid="goal-form"]')!.dispatchEvent(new Event('submit'));
    const put = http.expectOne({ method: 'PUT', url: '/api/me/practice/goal' });
    expect(put.request.body).toEqual({ weeklyGoalSeconds: 5400 });
    put.flush({ weeklyGoalSeconds: 5400 });
    await fixture.whenStable();
    expect(text(byTestId('form-status'))).toBe('Goal saved.');
    expect(text(byTestId('week-time'))).toBe('0 s of 1 h 30 min');
  });

  it('offers Retry when the summary fails', async () => {
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne((request) => request.url === '/api/me/practice/summary').flush({ error: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    el().querySelector<HTMLButtonElement>('[data-testid="error-state"] button')!.click();
    await answer(EMPTY);
    expect(byTestId('empty-state')).not.toBeNull();
  });
});
