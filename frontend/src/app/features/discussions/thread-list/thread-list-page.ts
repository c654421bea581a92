import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { DiscussionThread, ThreadSummary } from '@lessonstage/shared';
import { of } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';

import { CoursesApi } from '../../../core/courses/courses.api';
import { PagedList } from '../../../shared/data/paged-list';
import { formatDate } from '../../../shared/format/format-date';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadMore } from '../../../shared/ui/load-more/load-more';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { DiscussionsApi, momentLink, threadLink } from '../discussions.api';
import { formatMoment } from '../post-error';
import { NewThreadForm } from './new-thread-form';

/**
 * /courses/:courseId/discussion — the course's threads (pinned first, then latest activity) and
 * a form to start one; `?lessonId=…&atMs=…` (the lesson page's "Ask about this moment") ties the
 * new thread to that moment.
 */
@Component({
  selector: 'app-thread-list-page',
  imports: [MatButton, RouterLink, NewThreadForm, EmptyState, ErrorState, LoadMore, LoadingState],
  templateUrl: './thread-list-page.html',
  styleUrl: './thread-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThreadListPage {
  readonly courseId = input.required<string>();
  /** Query parameters from "Ask about this moment". */
  readonly lessonId = input<string | undefined>();
  readonly atMs = input<number | undefined, unknown>(undefined, { transform: (value: unknown) => (value === undefined || value === '' ? undefined : numberAttribute(value, 0)) });

  private readonly api = inject(DiscussionsApi);
  private readonly router = inject(Router);
  private readonly courses = inject(CoursesApi);
  protected readonly list = new PagedList<ThreadSummary>((cursor) => this.api.threads(this.courseId(), cursor), (thread) => thread.threadId);
  protected readonly course = toSignal(toObservable(this.courseId).pipe(switchMap((id) => this.courses.getCourse(id).pipe(catchError(() => of(null))))), { initialValue: null });
  private readonly lessons = computed(() => new Map((this.course()?.sections ?? []).flatMap((s) => s.lessons).map((l) => [l.lessonId, l.title])));
  protected readonly momentTitle = computed(() => this.lessons().get(this.lessonId() ?? ''));

  protected readonly threadLink = threadLink;
  protected readonly momentLink = momentLink;
  protected readonly moment = formatMoment;
  protected readonly date = (iso: string) => formatDate(iso, 'dateTime');
  protected readonly lessonTitle = (lessonId: string) => this.lessons().get(lessonId) ?? 'a lesson';

  constructor() {
    effect(() => {
      this.courseId();
      this.list.loadFirstPage();
    });
  }

  /** The API's 403 and 401 say "Enroll…" and "Sign-in required": shown with a way forward. */
  protected readonly denied = computed(() => this.list.status() === 'error' && /enroll/i.test(this.list.errorMessage()));
  protected readonly signedOut = computed(() => this.list.status() === 'error' && /sign.?in/i.test(this.list.errorMessage()));

  protected opened(thread: DiscussionThread): void {
    void this.router.navigate(threadLink(thread.courseId, thread.threadId));
  }

  protected dropMoment(): void {
    void this.router.navigate([], { queryParams: {}, replaceUrl: true });
  }
}
