import { inject, Injectable } from '@angular/core';
import type { MyCourseList, PracticeSummary } from '@lessonstage/shared';
import { defer, forkJoin, from, Observable, of } from 'rxjs';
import { catchError, map, switchMap } from 'rxjs/operators';

import { CoursesApi } from '../../../core/courses/courses.api';
import { EnrollmentsApi } from '../../../core/enrollments/enrollments.api';
import { lastDays } from '../../../core/practice/local-days';
import { PracticeJournalApi } from '../../../core/practice/practice-journal.api';
import { PracticeOutbox } from '../../../core/practice/practice-outbox';
import { SavedLoopsApi } from '../../../core/practice/saved-loops.api';

/** Lessons whose saved loops are asked for, to name the loops in the summary (most practised first). */
export const NAMED_LESSONS = 20;
export const CALENDAR_DAYS = 365;
/** My courses asked for titles a page at a time: the API's largest page (MY_COURSES_PAGE_MAX). */
export const TITLE_PAGE_SIZE = 100;

export interface PracticeData {
  readonly summary: PracticeSummary;
  /** Course titles by id (courses the student no longer has are missing). */
  readonly courseTitles: ReadonlyMap<string, string>;
  /** Saved loops' names by id. */
  readonly loopNames: ReadonlyMap<string, string>;
}

/**
 * What the Practice page shows: sessions still waiting in this browser are sent first (so the
 * page counts them), then the last 12 months' summary in the browser's zone, course titles
 * (My courses) and the names of the loops it charts.
 */
@Injectable()
export class PracticeDataLoader {
  private readonly journal = inject(PracticeJournalApi);
  private readonly outbox = inject(PracticeOutbox);
  private readonly enrollments = inject(EnrollmentsApi);
  private readonly loops = inject(SavedLoopsApi);
  private readonly catalog = inject(CoursesApi);

  load(today = new Date()): Observable<PracticeData> {
    return defer(() => from(this.outbox.flush())).pipe(
      switchMap(() =>
        forkJoin({
          summary: this.journal.summary(lastDays(CALENDAR_DAYS, today)),
          courses: this.myCourses(),
        }),
      ),
      switchMap(({ summary, courses }) =>
        forkJoin({ loopNames: this.loopNames(summary), courseTitles: this.courseTitles(summary, courses) }).pipe(map((names) => ({ summary, ...names }))),
      ),
    );
  }

  /** A page of My courses, as large as the API gives; a failed one names nothing (the catalog is asked instead). */
  private myCourses(cursor?: string): Observable<MyCourseList> {
    return this.enrollments.myCourses({ limit: TITLE_PAGE_SIZE, cursor }).pipe(catchError(() => of({ items: [], nextCursor: null })));
  }

  /**
   * Titles from My courses, page after page only while a practised course is still unnamed;
   * a course practised on its free preview alone (or past a failed page) is asked of the catalog.
   */
  private courseTitles(summary: PracticeSummary, page: MyCourseList, titles = new Map<string, string>()): Observable<ReadonlyMap<string, string>> {
    for (const { course } of page.items) titles.set(course.courseId, course.title);
    const missing = summary.perCourse.map((course) => course.courseId).filter((courseId) => !titles.has(courseId));
    if (!missing.length) return of(titles);
    if (page.nextCursor) return this.myCourses(page.nextCursor).pipe(switchMap((next) => this.courseTitles(summary, next, titles)));
    return forkJoin(missing.map((courseId) => this.catalog.getCourse(courseId).pipe(catchError(() => of(null))))).pipe(
      map((found) => {
        for (const course of found) if (course) titles.set(course.courseId, course.title);
        return titles;
      }),
    );
  }

  /** Names are a nicety: a failed list leaves its loops unnamed rather than failing the page. */
  private loopNames(summary: PracticeSummary): Observable<ReadonlyMap<string, string>> {
    const lessons = summary.perLesson.slice(0, NAMED_LESSONS);
    if (!summary.loops.length || !lessons.length) return of(new Map()); // forkJoin([]) would never answer
    return forkJoin(lessons.map(({ courseId, lessonId }) => this.loops.list(courseId, lessonId).pipe(catchError(() => of({ items: [] }))))).pipe(
      map((lists) => new Map(lists.flatMap((list) => list.items.map((loop) => [loop.loopId, loop.name] as const)))),
      catchError(() => of(new Map())),
    );
  }
}
