import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CourseDetail, CourseRating, Lesson } from '@lessonstage/shared';
import { switchMap } from 'rxjs/operators';

import { AuthStore } from '../../../core/auth/auth.store';
import { CoursesApi } from '../../../core/courses/courses.api';
import { lessonLink } from '../../../core/routing/lesson-link';
import { PageTitle } from '../../../core/routing/page-title';
import { firstUnfinishedLessonId } from '../../../shared/data/lesson-order';
import { LOADING, LoadState, loadStateView, toLoadState } from '../../../shared/data/load-state';
import { instrumentLabel, levelLabel } from '../../../shared/format/course-labels';
import { DurationPipe } from '../../../shared/format/duration.pipe';
import { toIsoDuration } from '../../../shared/format/format-duration';
import { PricePipe } from '../../../shared/format/price.pipe';
import { BuyButton } from '../../../shared/ui/buy-button/buy-button';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { ReviewsSection } from '../reviews/reviews-section';
import { StarRating } from '../reviews/star-rating';
import { AboutTeacher } from './about-teacher';
import { courseAccess } from './course-access';
import { courseStats, lessonCountLabel, sectionStats } from './course-stats';

/** A course's details and its sections and lessons. Route: /courses/:courseId. */
@Component({
  selector: 'app-course-page',
  imports: [RouterLink, MatButton, BuyButton, ErrorState, FormAlert, LoadingState, PricePipe, DurationPipe, AboutTeacher, StarRating, ReviewsSection],
  templateUrl: './course-page.html',
  styleUrl: './course-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoursePage {
  /** Bound from the `:courseId` route parameter. */
  readonly courseId = input.required<string>();
  /** Bound from the `checkout` query parameter: "cancelled" when Stripe's checkout was left. */
  readonly checkout = input<string | undefined>();

  private readonly api = inject(CoursesApi);
  private readonly pageTitle = inject(PageTitle);
  private readonly attempt = signal(0);
  private readonly request = computed(() => ({
    courseId: this.courseId(),
    attempt: this.attempt(),
  }));

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ courseId }) => this.api.getCourse(courseId).pipe(toLoadState())),
    ),
    { initialValue: LOADING as LoadState<CourseDetail> },
  );

  private readonly loaded = loadStateView(this.state);
  protected readonly course = this.loaded.value;
  protected readonly notFound = this.loaded.notFound;
  protected readonly errorMessage = this.loaded.errorMessage;

  protected readonly instrument = computed(() => {
    const course = this.course();
    return course ? instrumentLabel(course.instrument) : '';
  });
  protected readonly level = computed(() => {
    const course = this.course();
    return course ? levelLabel(course.level) : '';
  });
  protected readonly stats = computed(() => {
    const course = this.course();
    return course ? courseStats(course) : { lessonCount: 0, totalDurationSec: 0 };
  });

  protected readonly access = courseAccess(this.courseId, this.course);
  private readonly destroyRef = inject(DestroyRef);
  /** The course's stars: as loaded, then as read again after the student's review moved them. */
  protected readonly rating = linkedSignal<CourseRating>(() => this.course()?.rating ?? { average: 0, count: 0 });
  /** Admins (the teachers) read every course's discussion. */
  protected readonly isAdmin = inject(AuthStore).isAdmin;
  protected readonly checkoutCancelled = computed(() => this.checkout() === 'cancelled' && !this.access.enrolled());
  /** Where a free enrollment starts. */
  protected readonly firstLessonId = computed(() => {
    const course = this.course();
    return course ? firstUnfinishedLessonId(course) : null;
  });

  protected readonly sectionStats = sectionStats;
  protected readonly lessonLink = lessonLink;
  protected readonly lessonCountLabel = lessonCountLabel;
  protected readonly toIsoDuration = toIsoDuration;

  constructor() {
    effect(() => {
      const course = this.course();
      if (course) {
        this.pageTitle.set(course.title);
      } else if (this.notFound()) {
        this.pageTitle.set('Course not found');
      }
    });
  }

  protected isLocked(lesson: Lesson): boolean {
    return this.access.known() && !this.access.canOpen(lesson);
  }

  /** A review was written: read the course's stars again (the rest of the page stays). */
  protected refreshRating(): void {
    this.api
      .getCourse(this.courseId())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (course) => course.rating && this.rating.set(course.rating), error: () => undefined });
  }

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }
}
