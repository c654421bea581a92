import { ChangeDetectionStrategy, Component, DestroyRef, inject, LOCALE_ID, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import type { AdminCourse, AdminCourseList } from '@lessonstage/shared';
import { Subscription } from 'rxjs';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { PricePipe } from '../../courses/format/price-pipe';
import { AdminCoursesApi } from '../data/admin-courses.api';
import { formatDate } from '../format/format-date';
import { Icon } from '../ui/icon';
import { Modal } from '../ui/modal';
import { StatusChip } from '../ui/status-chip';
import { NewCourseDialog } from './new-course-dialog';

export const ADMIN_PAGE_SIZE = 20;

type AdminCourseItem = AdminCourseList['items'][number];
type ListStatus = 'loading' | 'ready' | 'error';

/** /admin: every course, drafts included, newest first; "New course" starts one. */
@Component({
  selector: 'app-admin-course-list-page',
  imports: [RouterLink, MatButton, MatProgressSpinner, ErrorState, LoadingState, PricePipe, Icon, StatusChip],
  templateUrl: './admin-course-list-page.html',
  styleUrl: './admin-course-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminCourseListPage {
  private readonly api = inject(AdminCoursesApi);
  private readonly modal = inject(Modal);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly locale = inject(LOCALE_ID);
  private request?: Subscription;

  protected readonly status = signal<ListStatus>('loading');
  protected readonly errorMessage = signal('');
  protected readonly courses = signal<readonly AdminCourseItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreError = signal<string | null>(null);

  constructor() {
    this.loadFirstPage();
  }

  protected loadFirstPage(): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.loadMoreError.set(null);
    this.request = this.api
      .listCourses({ limit: ADMIN_PAGE_SIZE })
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
      .listCourses({ limit: ADMIN_PAGE_SIZE, cursor })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          const seen = new Set(this.courses().map((course) => course.courseId));
          this.courses.update((current) => [...current, ...page.items.filter((course) => !seen.has(course.courseId))]);
          this.nextCursor.set(page.nextCursor);
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          this.loadMoreError.set(apiErrorMessage(error));
          this.loadingMore.set(false);
        },
      });
  }

  protected newCourse(): void {
    void this.modal.open<NewCourseDialog, AdminCourse>(NewCourseDialog).then((course) => {
      if (course) {
        void this.router.navigate(['/admin/courses', course.courseId]);
      }
    });
  }

  protected updated(iso: string): string {
    return formatDate(iso, this.locale);
  }

  protected lessonsLabel(count: number): string {
    return count === 1 ? '1 lesson' : `${count} lessons`;
  }
}
