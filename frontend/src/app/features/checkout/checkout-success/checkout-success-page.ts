import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { CourseDetail } from '@lessonstage/shared';
import { of } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';

import { CoursesApi } from '../../../core/courses/courses.api';
import { EnrollmentsApi } from '../../../core/enrollments/enrollments.api';
import { lessonLink } from '../../../core/routing/lesson-link';
import { PageTitle } from '../../../core/routing/page-title';
import { firstUnfinishedLessonId } from '../../../shared/data/lesson-order';
import { ConfirmationPhase, confirmEnrollment } from './enrollment-confirmation';

type Phase = ConfirmationPhase | 'missing-course';

/**
 * /checkout/success?courseId=…: where Stripe's checkout returns after payment. Waits until the
 * payment's webhook has enrolled the student, then offers the first lesson.
 */
@Component({
  selector: 'app-checkout-success-page',
  imports: [MatButton, MatProgressSpinner, RouterLink],
  templateUrl: './checkout-success-page.html',
  styleUrl: './checkout-success-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckoutSuccessPage {
  /** Bound from the `courseId` query parameter of Stripe's success URL. */
  readonly courseId = input<string | undefined>();

  private readonly enrollments = inject(EnrollmentsApi);
  private readonly courses = inject(CoursesApi);
  private readonly pageTitle = inject(PageTitle);

  protected readonly phase = toSignal(
    toObservable(this.courseId).pipe(
      switchMap((courseId) =>
        courseId ? confirmEnrollment(() => this.enrollments.enrollment(courseId)) : of<Phase>('missing-course'),
      ),
    ),
    { initialValue: 'confirming' as Phase },
  );

  /** The course, for its title and first lesson; the page works without it. */
  protected readonly course = toSignal(
    toObservable(this.courseId).pipe(
      switchMap((courseId) =>
        courseId ? this.courses.getCourse(courseId).pipe(catchError(() => of(null))) : of(null),
      ),
    ),
    { initialValue: null as CourseDetail | null },
  );

  protected readonly startLink = computed(() => {
    const courseId = this.courseId();
    const course = this.course();
    const lessonId = course ? firstUnfinishedLessonId(course) : null;
    return courseId && lessonId ? lessonLink(courseId, lessonId) : ['/courses', courseId ?? ''];
  });

  constructor() {
    effect(() => this.pageTitle.set(this.phase() === 'enrolled' ? "You're enrolled" : 'Confirming your payment'));
  }
}
