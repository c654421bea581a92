import { afterRenderEffect, ChangeDetectionStrategy, Component, computed, ElementRef, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { MyCourse } from '@lessonstage/shared';
import { of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';

import { EnrollmentsApi } from '../../../core/enrollments/enrollments.api';
import { lastDays } from '../../../core/practice/local-days';
import { PracticeJournalApi } from '../../../core/practice/practice-journal.api';
import { PagedList } from '../../../shared/data/paged-list';
import { formatDurationWords } from '../../../shared/format/format-duration';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadMore, type MorePages } from '../../../shared/ui/load-more/load-more';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';

/** Completed share of a course's lessons, 0..100 (0 for a course without lessons). */
export function percentComplete({ completedLessons, totalLessons }: Pick<MyCourse, 'completedLessons' | 'totalLessons'>): number {
  return totalLessons > 0 ? Math.round((Math.min(completedLessons, totalLessons) / totalLessons) * 100) : 0;
}

/**
 * /my-courses — the signed-in student's courses with their progress, and a way back in: the
 * newest enrollments first, a page at a time ("Show more").
 */
@Component({
  selector: 'app-my-courses-page',
  imports: [MatButton, MatProgressBar, RouterLink, EmptyState, ErrorState, LoadMore, LoadingState],
  templateUrl: './my-courses-page.html',
  styleUrl: './my-courses-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCoursesPage {
  private readonly api = inject(EnrollmentsApi);
  private readonly journal = inject(PracticeJournalApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** The first card "Show more" asked for: it takes the focus once shown (the button may be gone by then). */
  private focusFrom: number | null = null;

  protected readonly list = new PagedList<MyCourse>(
    (cursor) => this.api.myCourses({ cursor }),
    (item) => item.course.courseId,
  );
  /** The list's foot, with "Show more" remembering where the new cards start. */
  protected readonly more: MorePages = {
    loadMoreError: this.list.loadMoreError,
    nextCursor: this.list.nextCursor,
    loadingMore: this.list.loadingMore,
    loadMore: () => {
      this.focusFrom = this.list.items().length;
      this.list.loadMore();
    },
  };
  /** Announced to screen readers as pages arrive. */
  protected readonly shownMessage = computed(() => {
    const count = this.list.items().length;
    return `Showing ${count} ${count === 1 ? 'course' : 'courses'}${this.list.nextCursor() ? '; more to show' : ''}`;
  });
  protected readonly percent = percentComplete;
  /** Seconds practised per course, all time (the summary's perCourse; a one-day range keeps it cheap). */
  protected readonly practised = toSignal(
    this.journal.summary(lastDays(1)).pipe(
      map((summary) => new Map(summary.perCourse.map((course) => [course.courseId, course.seconds]))),
      catchError(() => of(new Map<string, number>())), // a nicety: My courses works without it
    ),
    { initialValue: new Map<string, number>() },
  );
  protected readonly time = formatDurationWords;

  constructor() {
    this.list.loadFirstPage();
    afterRenderEffect(() => {
      const count = this.list.items().length;
      if (this.list.loadingMore() || this.focusFrom === null) return;
      const from = this.focusFrom;
      this.focusFrom = null;
      if (count > from) this.host.nativeElement.querySelectorAll<HTMLElement>('[data-testid="my-course-card"] .title-link')[from]?.focus();
    });
  }
}
