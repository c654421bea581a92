import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { CourseSummary, Instrument, Level } from '@lessonstage/shared';
import { of } from 'rxjs';
import { catchError, distinctUntilChanged, map, skip, switchMap } from 'rxjs/operators';

import { AuthStore } from '../../../core/auth/auth.store';
import { CoursesApi } from '../../../core/courses/courses.api';
import { EnrollmentsApi } from '../../../core/enrollments/enrollments.api';
import { PagedList } from '../../../shared/data/paged-list';
import { INSTRUMENT_LABELS, LEVEL_LABELS } from '../../../shared/format/course-labels';
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

export interface CatalogFilter {
  readonly instrument: Instrument | null;
  readonly level: Level | null;
}

/** The filter in the URL (`?instrument=guitar&level=beginner`); unknown values are ignored. */
export function filterFrom(params: ParamMap): CatalogFilter {
  const instrument = params.get('instrument');
  const level = params.get('level');
  return {
    instrument: instrument && instrument in INSTRUMENT_LABELS ? (instrument as Instrument) : null,
    level: level && level in LEVEL_LABELS ? (level as Level) : null,
  };
}

/**
 * The course catalog: a grid of course cards, newest first, paged with "Load more", narrowed by
 * instrument and level (kept in the URL, so a reload or a shared link shows the same list).
 */
@Component({
  selector: 'app-catalog-page',
  imports: [CourseCard, EmptyState, ErrorState, LoadingState, LoadMore, MatButton],
  templateUrl: './catalog-page.html',
  styleUrl: './catalog-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogPage {
  private readonly api = inject(CoursesApi);
  private readonly enrollments = inject(EnrollmentsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly priorityCards = PRIORITY_CARDS;
  protected readonly instruments = Object.entries(INSTRUMENT_LABELS) as [Instrument, string][];
  protected readonly levels = Object.entries(LEVEL_LABELS) as [Level, string][];
  protected readonly filter = toSignal(this.route.queryParamMap.pipe(map(filterFrom)), {
    initialValue: filterFrom(this.route.snapshot.queryParamMap),
  });
  protected readonly filtered = computed(() => Boolean(this.filter().instrument || this.filter().level));
  protected readonly list = new PagedList<CourseSummary>(
    (cursor) => this.api.listCourses({ limit: CATALOG_PAGE_SIZE, cursor, ...this.filter() }),
    (course) => course.courseId,
  );
  /** Paid prices in more than one currency on the page: each says its code. */
  protected readonly mixedCurrencies = computed(
    () => new Set(this.list.items().filter((course) => course.priceCents > 0).map((course) => course.currency)).size > 1,
  );
  protected readonly renderedCards = renderInSteps(() => this.list.items().length, FIRST_CARDS);
  /** Courses the signed-in student is enrolled in, marked "Owned" (nothing to ask for anyone else). */
  protected readonly owned = toSignal(
    toObservable(inject(AuthStore).status).pipe(
      switchMap((status) =>
        status === 'signed-in'
          ? this.enrollments.myCourseIds().pipe(catchError(() => of(new Set<string>())))
          : of(new Set<string>()),
      ),
    ),
    { initialValue: new Set<string>() as ReadonlySet<string> },
  );

  /** Announced to screen readers when more courses arrive. */
  protected readonly resultsMessage = computed(() => {
    const count = this.list.items().length;
    return count === 1 ? 'Showing 1 course' : `Showing ${count} courses`;
  });

  constructor() {
    this.list.loadFirstPage();
    // A new filter (from the selects, Back or a link) lists again from the first page.
    toObservable(this.filter)
      .pipe(
        distinctUntilChanged((a, b) => a.instrument === b.instrument && a.level === b.level),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.list.loadFirstPage());
  }

  /** From a native select (light for the landing page; Material's select would double its script). */
  protected select(name: keyof CatalogFilter, event: Event): void {
    this.setFilter({ [name]: (event.target as HTMLSelectElement).value || null });
  }

  protected setFilter(change: Partial<CatalogFilter>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }

  protected clearFilters(): void {
    this.setFilter({ instrument: null, level: null });
  }
}
