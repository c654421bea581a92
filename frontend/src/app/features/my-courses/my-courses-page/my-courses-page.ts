import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { MyCourse } from '@lessonstage/shared';
import { of } from 'rxjs';
import { catchError, map, switchMap } from 'rxjs/operators';

import { EnrollmentsApi } from '../../../core/enrollments/enrollments.api';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { lastDays } from '../../../core/practice/local-days';
import { PracticeJournalApi } from '../../../core/practice/practice-journal.api';
import { formatDurationWords } from '../../../shared/format/format-duration';
import { LOADING, LoadState, toLoadState } from '../../../shared/data/load-state';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';

/** Completed share of a course's lessons, 0..100 (0 for a course without lessons). */
export function percentComplete({ completedLessons, totalLessons }: Pick<MyCourse, 'completedLessons' | 'totalLessons'>): number {
  return totalLessons > 0 ? Math.round((Math.min(completedLessons, totalLessons) / totalLessons) * 100) : 0;
}

/** /my-courses — the signed-in student's courses with their progress, and a way back in. */
@Component({
  selector: 'app-my-courses-page',
  imports: [MatButton, MatProgressBar, RouterLink, EmptyState, ErrorState, LoadingState],
  templateUrl: './my-courses-page.html',
  styleUrl: './my-courses-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCoursesPage {
  private readonly api = inject(EnrollmentsApi);
  private readonly journal = inject(PracticeJournalApi);
  private readonly attempt = signal(0);

  protected readonly state = toSignal(
    toObservable(this.attempt).pipe(switchMap(() => this.api.myCourses().pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<MyCourse[]> },
  );
  protected readonly courses = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : [];
  });
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? apiErrorMessage(state.error) : '';
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

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }
}
