import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { AdminCourse } from '@lessonstage/shared';

import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { ModalRef } from '../../../shared/ui/modal/modal';
import { ModalFrame } from '../../../shared/ui/modal/modal-frame';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { CourseFields } from '../course-form/course-fields';
import { buildCourseForm, courseFields } from '../course-form/course-form';
import { AdminCoursesApi } from '../data/admin-courses.api';
import { adminErrorMessage } from '../data/admin-error-message';

/** Creates a draft course; closes with it (the list then opens the editor). Open with `Modal`. */
@Component({
  selector: 'app-new-course-dialog',
  imports: [ReactiveFormsModule, MatButton, CourseFields, FormAlert, ModalFrame, PendingButton],
  providers: [FORM_FIELD_DEFAULTS],
  template: `
    <app-modal-frame heading="New course">
      <form class="form" [formGroup]="form" (ngSubmit)="create()" novalidate>
        <p class="lede">Start with the basics. You add sections, lessons and files next.</p>
        <app-form-alert [message]="error()" />
        <app-course-fields [form]="form" idPrefix="new-course" />
        <div class="actions">
          <button matButton type="button" (click)="ref.close()">Cancel</button>
          <app-pending-button [pending]="pending()" data-testid="create-course">Create course</app-pending-button>
        </div>
      </form>
    </app-modal-frame>
  `,
  styles: `
    :host {
      --modal-width: 640px;
    }

    .lede {
      margin: 0 0 16px;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewCourseDialog {
  private readonly api = inject(AdminCoursesApi);
  protected readonly ref = inject<ModalRef<AdminCourse>>(ModalRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly destroyRef = inject(DestroyRef);

  protected readonly form = buildCourseForm(inject(NonNullableFormBuilder));
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected create(): void {
    if (this.pending() || !checkForm(this.form, this.host)) {
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.ref.disableClose = true;
    this.api
      .createCourse(courseFields(this.form))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (course) => this.ref.close(course),
        error: (error: unknown) => {
          this.pending.set(false);
          this.ref.disableClose = false;
          this.error.set(adminErrorMessage(error));
        },
      });
  }
}
