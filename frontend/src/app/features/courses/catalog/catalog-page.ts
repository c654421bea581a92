import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { CourseSummary } from '@lessonstage/shared';
import { of } from 'rxjs';
import { catchError, map, switchMap } from 'rxjs/operators';

import { AuthStore } from '../../../core/auth/auth.store';
import { CoursesApi } from '../../../core/courses/courses.api';
import { EnrollmentsApi } from '../../../core/enrollments/enrollments.api';
import { PagedList } from '../../../shared/data/paged-list';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadMore } from '../../../shared/ui/load-more/load-more';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { renderInSteps } from '../../../shared/ui/render-in-steps';
import { CourseCard } from '../course-card/course-card';

/** Courses requested per page (a multiple of 1, 2, 3 and 4 columns). */
export const CATALOG_PAGE_SIZE = 12;
/** Cards rendered with the page; the others follow one per task (renderInSteps). */
export const FIRST_CARDS = 2;
/** Cards whose thumbnails load at once, at high priority: the first row on a wide screen. */
export const PRIORITY_CARDS = 4;

/** The course catalog: a grid of course cards, newest first, paged with "Load more". */
@Component({
  selector: 'app-catalog-page',
  imports: [CourseCard, EmptyState, ErrorState, LoadingState, LoadMore],
  templateUrl: './catalog-page.html',
  styleUrl: './catalog-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogPage {
  private readonly api = inject(CoursesApi);
  private readonly enrollments = inject(EnrollmentsApi);

  protected readonly priorityCards = PRIORITY_CARDS;
  protected readonly list = new PagedList<CourseSummary>(
    (cursor) => this.api.listCourses({ limit: CATALOG_PAGE_SIZE, cursor }),
    (course) => course.courseId,
  );
  protected readonly renderedCards = renderInSteps(() => this.list.items().length, FIRST_CARDS);
  /** Courses the signed-in student is enrolled in, marked "Owned" (nothing to ask for anyone else). */
  protected readonly owned = toSignal(
    toObservable(inject(AuthStore).status).pipe(
      switchMap((status) =>
        status === 'signed-in'
          ? this.enrollments.myCourses().pipe(
              map((courses) => new Set(courses.map((item) => item.course.courseId))),
              catchError(() => of(new Set<string>())),
            )
          : of(new Set<string>()),
      ),
    ),
    { initialValue: new Set<string>() },
  );

  /** Announced to screen readers when more courses arrive. */
  protected readonly resultsMessage = computed(() => {
    const count = this.list.items().length;
    return count === 1 ? 'Showing 1 course' : `Showing ${count} courses`;
  });

  constructor() {
    this.list.loadFirstPage();
  }
}
