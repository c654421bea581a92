import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { CourseSummary } from '@lessonstage/shared';
import { of, Subscription } from 'rxjs';
import { catchError, map, switchMap } from 'rxjs/operators';

import { AuthStore } from '../../../core/auth/auth.store';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { EnrollmentsApi } from '../../my-courses/enrollments.api';
import { CourseCard } from '../course-card/course-card';
import { CoursesApi } from '../courses.api';

/** Courses requested per page (a multiple of 1, 2, 3 and 4 columns). */
export const CATALOG_PAGE_SIZE = 12;
/** Cards whose thumbnails load eagerly: the ones above the fold on a wide screen. */
export const EAGER_THUMBNAILS = 4;

type FirstPageStatus = 'loading' | 'ready' | 'error';

/** Appends `next` to `current`, skipping courses already listed. */
function appendNew(
  current: readonly CourseSummary[],
  next: readonly CourseSummary[],
): readonly CourseSummary[] {
  const seen = new Set(current.map((course) => course.courseId));
  return [...current, ...next.filter((course) => !seen.has(course.courseId))];
}

/** The course catalog: a grid of course cards, newest first, paged with "Load more". */
@Component({
  selector: 'app-catalog-page',
  imports: [CourseCard, ErrorState, LoadingState, MatButton, MatProgressSpinner],
  templateUrl: './catalog-page.html',
  styleUrl: './catalog-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogPage {
  private readonly api = inject(CoursesApi);
  private readonly enrollments = inject(EnrollmentsApi);
  private readonly destroyRef = inject(DestroyRef);
  private request?: Subscription;

  protected readonly eagerThumbnails = EAGER_THUMBNAILS;
  protected readonly status = signal<FirstPageStatus>('loading');
  protected readonly errorMessage = signal('');
  protected readonly courses = signal<readonly CourseSummary[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreError = signal<string | null>(null);
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
    const count = this.courses().length;
    return count === 1 ? 'Showing 1 course' : `Showing ${count} courses`;
  });

  constructor() {
    this.loadFirstPage();
  }

  protected loadFirstPage(): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.courses.set([]);
    this.nextCursor.set(null);
    this.loadingMore.set(false);
    this.loadMoreError.set(null);

    this.request = this.api
      .listCourses({ limit: CATALOG_PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.courses.set(page.items);
          this.nextCursor.set(page.nextCursor);
          this.status.set('ready');
        },
        error: (error: unknown) => {
          this.errorMessage.set(apiErrorMessage(error));
          this.status.set('error');
        },
      });
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) {
      return;
    }
    this.loadingMore.set(true);
    this.loadMoreError.set(null);

    this.request = this.api
      .listCourses({ limit: CATALOG_PAGE_SIZE, cursor })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.courses.update((current) => appendNew(current, page.items));
          this.nextCursor.set(page.nextCursor);
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          this.loadMoreError.set(apiErrorMessage(error));
          this.loadingMore.set(false);
        },
      });
  }
}
