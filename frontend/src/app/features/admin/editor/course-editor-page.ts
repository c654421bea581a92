import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';

import { apiErrorMessage, httpStatusOf } from '../../../core/http/api-error-message';
import { PageTitle } from '../../../core/routing/page-title';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { CourseEditorStore } from '../data/course-editor.store';
import { OutlineEditor } from '../outline/outline-editor';
import { TranscodeWatch } from '../data/transcode-watch';
import { UploadManager } from '../uploads/upload-manager';
import { confirmAction } from '../../../shared/ui/modal/confirm-dialog';
import { Icon } from '../ui/icon';
import { Modal } from '../../../shared/ui/modal/modal';
import { StatusChip } from '../ui/status-chip';
import { CourseDetailsForm } from './course-details-form';
import { PublishDialog } from './publish-dialog';
import { PublishProblems } from './publish-problems';
import { publishReview } from './publish-summary';
import { ThumbnailPicker } from './thumbnail-picker';

/**
 * /admin/courses/:courseId: everything about one course — details, thumbnail, sections and
 * lessons with their files — and publishing. The page provides the editor's store and uploads.
 */
@Component({
  selector: 'app-course-editor-page',
  imports: [
    RouterLink,
    MatButton,
    ErrorState,
    FormAlert,
    LoadingState,
    PendingButton,
    Icon,
    StatusChip,
    CourseDetailsForm,
    OutlineEditor,
    PublishProblems,
    ThumbnailPicker,
  ],
  providers: [CourseEditorStore, UploadManager, TranscodeWatch, FORM_FIELD_DEFAULTS],
  templateUrl: './course-editor-page.html',
  styleUrl: './course-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnBeforeLeaving($event)' },
})
export class CourseEditorPage {
  /** Bound from the `:courseId` route parameter. */
  readonly courseId = input.required<string>();

  protected readonly store = inject(CourseEditorStore);
  protected readonly uploads = inject(UploadManager);
  private readonly modal = inject(Modal);
  private readonly router = inject(Router);
  private readonly pageTitle = inject(PageTitle);

  protected readonly course = this.store.course;
  protected readonly published = computed(() => this.course()?.status === 'published');
  protected readonly notFound = computed(() => httpStatusOf(this.store.loadError()) === 404);
  protected readonly loadErrorMessage = computed(() => apiErrorMessage(this.store.loadError()));
  protected readonly publishing = computed(() => this.store.isPending('publish'));
  protected readonly saveStatus = computed(() => {
    if (this.store.saving()) {
      return 'Saving…';
    }
    return this.uploads.busy() ? 'Uploading…' : 'All changes saved';
  });

  constructor() {
    // The page stays when the URL names another course: uploads to the previous one stop.
    effect(() => {
      const courseId = this.courseId();
      untracked(() => {
        this.uploads.cancelAll();
        this.store.load(courseId);
      });
    });
    effect(() => {
      const title = this.course()?.title;
      if (title) {
        this.pageTitle.set(`Edit “${title}”`);
      } else if (this.notFound()) {
        this.pageTitle.set('Course not found');
      }
    });
  }

  protected retryLoad(): void {
    this.store.load(this.courseId());
  }

  /**
   * Publishing asks first: what is missing (then it stays a draft, the list kept on the page while
   * the teacher fixes it), or what students will see, with Publish.
   */
  protected async publish(): Promise<void> {
    const course = this.course();
    if (this.publishing() || !course) {
      return;
    }
    const review = publishReview(course);
    const confirmed = await this.modal.open<PublishDialog, boolean>(PublishDialog, review);
    if (review.problems.length) {
      this.store.publishProblems.set(review.problems);
    } else if (confirmed === true) {
      void this.store.publish();
    }
  }

  protected async unpublish(): Promise<void> {
    if (this.publishing()) {
      return;
    }
    const confirmed = await confirmAction(this.modal, {
      title: 'Unpublish course?',
      message: 'It will no longer be listed in the catalog. You can publish it again at any time.',
      confirmLabel: 'Unpublish',
    });
    if (confirmed) {
      void this.store.unpublish();
    }
  }

  protected async deleteCourse(): Promise<void> {
    const course = this.course();
    if (!course) {
      return;
    }
    const confirmed = await confirmAction(this.modal, {
      title: 'Delete course?',
      message: `“${course.title}” will be deleted with all its lessons, videos and materials. This cannot be undone.`,
      confirmLabel: 'Delete course',
    });
    if (confirmed && (await this.store.deleteCourse())) {
      void this.router.navigateByUrl('/admin');
    }
  }

  /** Asks the browser to confirm leaving while files are still uploading. */
  protected warnBeforeLeaving(event: BeforeUnloadEvent): void {
    if (this.uploads.busy()) {
      event.preventDefault();
    }
  }
}
