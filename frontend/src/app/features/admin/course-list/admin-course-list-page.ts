import { ChangeDetectionStrategy, Component, inject, LOCALE_ID } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { AdminCourse, AdminCourseList } from '@lessonstage/shared';

import { PagedList } from '../../../shared/data/paged-list';
import { formatDate } from '../../../shared/format/format-date';
import { PricePipe } from '../../../shared/format/price.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadMore } from '../../../shared/ui/load-more/load-more';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { Modal } from '../../../shared/ui/modal/modal';
import { AdminCoursesApi } from '../data/admin-courses.api';
import { Icon } from '../ui/icon';
import { StatusChip } from '../ui/status-chip';
import { NewCourseDialog } from './new-course-dialog';

export const ADMIN_PAGE_SIZE = 20;

type AdminCourseItem = AdminCourseList['items'][number];

/** /admin: every course, drafts included, newest first; "New course" starts one. */
@Component({
  selector: 'app-admin-course-list-page',
  imports: [RouterLink, MatButton, EmptyState, ErrorState, LoadingState, PricePipe, Icon, StatusChip, LoadMore],
  templateUrl: './admin-course-list-page.html',
  styleUrl: './admin-course-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminCourseListPage {
  private readonly api = inject(AdminCoursesApi);
  private readonly modal = inject(Modal);
  private readonly router = inject(Router);
  private readonly locale = inject(LOCALE_ID);

  protected readonly list = new PagedList<AdminCourseItem>(
    (cursor) => this.api.listCourses({ limit: ADMIN_PAGE_SIZE, cursor }),
    (course) => course.courseId,
  );

  constructor() {
    this.list.loadFirstPage();
  }

  protected newCourse(): void {
    void this.modal.open<NewCourseDialog, AdminCourse>(NewCourseDialog).then((course) => {
      if (course) {
        void this.router.navigate(['/admin/courses', course.courseId]);
      }
    });
  }

  protected updated(iso: string): string {
    return formatDate(iso, 'date', this.locale);
  }

  protected lessonsLabel(count: number): string {
    return count === 1 ? '1 lesson' : `${count} lessons`;
  }
}
