import { computed, inject, linkedSignal, Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { CourseDetail, Lesson } from '@lessonstage/shared';
import { combineLatest, Observable, of } from 'rxjs';
import { catchError, map, switchMap } from 'rxjs/operators';

import { AuthStore } from '../../../core/auth/auth.store';
import { LessonMediaApi } from '../../../core/courses/lesson-media.api';
import { EnrollmentsApi, EnrollmentStatus } from '../../../core/enrollments/enrollments.api';
import { lessonLink } from '../../../core/routing/lesson-link';
import { firstUnfinishedLessonId } from '../../../shared/data/lesson-order';

export interface CourseAccess {
  /** False until it is known who is visiting (then: enrolled or not). */
  readonly known: Signal<boolean>;
  readonly enrolled: Signal<boolean>;
  /** Router commands for "Continue learning": the first lesson not completed yet. */
  readonly continueLink: Signal<string[] | null>;
  /** Whether the visitor can open `lesson` (a free preview, enrolled, or an admin). */
  readonly canOpen: (lesson: Lesson) => boolean;
  /** The student enrolled here (a free course) or turned out to own it already. */
  readonly markEnrolled: () => void;
}

/**
 * What the visitor of a course page may do with the course: asks the API about the enrollment
 * once the session is known (not at all for anonymous visitors) and, when enrolled, for progress.
 * Call from an injection context (a component's field initializer).
 */
export function courseAccess(courseId: Signal<string>, course: Signal<CourseDetail | null>): CourseAccess {
  const auth = inject(AuthStore);
  const enrollments = inject(EnrollmentsApi);
  const media = inject(LessonMediaApi);

  const status = toSignal(
    combineLatest([toObservable(courseId), toObservable(auth.status)]).pipe(
      switchMap(([id, session]): Observable<EnrollmentStatus | 'unknown'> => {
        if (session !== 'signed-in') {
          return of(session === 'unknown' ? 'unknown' : 'none');
        }
        return enrollments.enrollment(id).pipe(
          map((enrollment) => enrollment.status),
          catchError(() => of<EnrollmentStatus>('none')),
        );
      }),
    ),
    { initialValue: 'unknown' },
  );
  const enrolledHere = linkedSignal({ source: courseId, computation: () => false });
  const enrolled = computed(() => enrolledHere() || status() === 'active');
  const known = computed(() => enrolled() || status() !== 'unknown');

  const completed = toSignal(
    combineLatest([toObservable(courseId), toObservable(enrolled)]).pipe(
      switchMap(([id, isEnrolled]) =>
        isEnrolled
          ? media.progress(id).pipe(
              map((items) => new Set(items.filter((item) => item.completed).map((item) => item.lessonId))),
              catchError(() => of(new Set<string>())),
            )
          : of(new Set<string>()),
      ),
    ),
    { initialValue: new Set<string>() },
  );

  const continueLink = computed(() => {
    const current = course();
    const lessonId = current ? firstUnfinishedLessonId(current, completed()) : null;
    return current && lessonId ? lessonLink(current.courseId, lessonId) : null;
  });

  return {
    known,
    enrolled,
    continueLink,
    canOpen: (lesson) => lesson.preview || enrolled() || auth.isAdmin(),
    markEnrolled: () => enrolledHere.set(true),
  };
}
