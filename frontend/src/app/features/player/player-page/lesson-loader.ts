import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CourseDetail, Lesson, Playback as LessonPlayback } from '@lessonstage/shared';
import { defer, forkJoin, Observable, of, throwError } from 'rxjs';
import { catchError, map, shareReplay, switchMap, tap } from 'rxjs/operators';

import { CoursesApi } from '../../../core/courses/courses.api';
import { LessonMediaApi } from '../../../core/courses/lesson-media.api';
import { EnrollmentsApi } from '../../../core/enrollments/enrollments.api';
import { httpStatusOf } from '../../../core/http/api-error-message';
import { lessonsInOrder } from '../../../shared/data/lesson-order';
import { LoadState, toLoadState } from '../../../shared/data/load-state';
import { ProgressTracker } from '../progress/progress-tracker';

/** Who is watching, as far as lesson access goes. */
export type Viewer = 'anonymous' | 'student' | 'admin';

/**
 * - `open`: how to play it is in `link` (an HLS stream or a signed file link);
 * - `sign-in`: not a free preview and nobody is signed in (401);
 * - `buy`: signed in but not enrolled (403);
 * - `no-video`: the lesson has no video yet (404);
 * - `unavailable`: the link could not be fetched (see `error`).
 */
export type LessonAccess = 'open' | 'sign-in' | 'buy' | 'no-video' | 'unavailable';

export interface LessonView {
  readonly course: CourseDetail;
  readonly lesson: Lesson;
  /** Whether every lesson of the course may be opened (enrolled, or an admin). */
  readonly unlocked: boolean;
  readonly access: LessonAccess;
  readonly link: LessonPlayback | null;
  readonly error: unknown;
}

export interface LessonRequest {
  readonly courseId: string;
  readonly lessonId: string;
}

type Playback = Pick<LessonView, 'access' | 'link' | 'error'>;

export const LESSON_NOT_FOUND = new HttpErrorResponse({
  status: 404,
  statusText: 'Not Found',
  error: { error: 'Lesson not found', code: 'NotFound' },
});

/**
 * Loads what the player shows for one lesson: the course (once per course), whether the viewer
 * may open it, the video link and the course progress. Provided by the player page.
 */
@Injectable()
export class LessonLoader {
  private readonly courses = inject(CoursesApi);
  private readonly enrollments = inject(EnrollmentsApi);
  private readonly media = inject(LessonMediaApi);
  private readonly tracker = inject(ProgressTracker);
  private course?: { readonly courseId: string; readonly request: Observable<CourseDetail> };

  /** loading → loaded | error (the course or lesson does not exist, or the course failed to load). */
  load({ courseId, lessonId }: LessonRequest, viewer: Viewer): Observable<LoadState<LessonView>> {
    return defer(() => {
      this.tracker.stop(); // saves the lesson being left
      // Asked for together with the course, not after it: one round trip less before the video
      // starts. Not for visitors: a paid lesson's 401 would send them to sign in (auth interceptor).
      const early = viewer === 'anonymous' ? null : this.playback(courseId, lessonId).pipe(shareReplay(1));
      early?.subscribe();
      return this.courseOf(courseId).pipe(map((course) => ({ course, early })));
    }).pipe(
      switchMap(({ course, early }) => {
        const lessons = lessonsInOrder(course);
        const lesson = lessons.find((candidate) => candidate.lessonId === lessonId);
        if (!lesson) {
          return throwError(() => LESSON_NOT_FOUND);
        }
        return forkJoin({
          enrolled: this.isEnrolled(courseId, viewer),
          playback: early ?? this.visitorPlayback(courseId, lesson),
          progress: this.tracker.load(
            courseId,
            viewer !== 'anonymous',
            lessons.map((candidate) => candidate.lessonId),
          ),
        }).pipe(
          map(({ enrolled, playback }): LessonView => ({
            course,
            lesson,
            // A paid lesson that plays proves access even if the enrollment check failed.
            unlocked: enrolled || (playback.access === 'open' && !lesson.preview),
            ...playback,
          })),
        );
      }),
      tap((view) => {
        if (view.access === 'open') {
          this.tracker.start(view.lesson.lessonId);
        }
      }),
      toLoadState(),
    );
  }

  /** A fresh video link when the one in use expired; for a stream, fresh cookies too. */
  refreshLink(courseId: string, lessonId: string): Observable<LessonPlayback> {
    return this.media.playback(courseId, lessonId);
  }

  private courseOf(courseId: string): Observable<CourseDetail> {
    if (this.course?.courseId !== courseId) {
      // Kept for the next lessons of the same course; a failed request is retried on next use.
      this.course = { courseId, request: this.courses.getCourse(courseId).pipe(shareReplay(1)) };
    }
    return this.course.request;
  }

  private isEnrolled(courseId: string, viewer: Viewer): Observable<boolean> {
    if (viewer !== 'student') {
      return of(viewer === 'admin');
    }
    return this.enrollments.enrollment(courseId).pipe(
      map((enrollment) => enrollment.status === 'active'),
      catchError(() => of(false)),
    );
  }

  /** Asking for a paid lesson would only earn a 401, which sends the visitor to sign in at once. */
  private visitorPlayback(courseId: string, lesson: Lesson): Observable<Playback> {
    return lesson.preview ? this.playback(courseId, lesson.lessonId) : of({ access: 'sign-in', link: null, error: null });
  }

  private playback(courseId: string, lessonId: string): Observable<Playback> {
    return this.media.playback(courseId, lessonId).pipe(
      map((link): Playback => ({ access: 'open', link, error: null })),
      catchError((error: unknown) => of<Playback>({ access: accessAfter(error), link: null, error })),
    );
  }
}

function accessAfter(error: unknown): LessonAccess {
  switch (httpStatusOf(error)) {
    case 401:
      return 'sign-in';
    case 403:
      return 'buy';
    case 404:
      return 'no-video';
    default:
      return 'unavailable';
  }
}
