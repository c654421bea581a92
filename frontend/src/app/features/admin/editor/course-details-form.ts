import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';

import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { CourseFields } from '../course-form/course-fields';
import { buildCourseForm, courseFields, courseFormValue } from '../course-form/course-form';
import { CourseEditorStore } from '../data/course-editor.store';

/** The course's details, saved together with "Save details". */
@Component({
  selector: 'app-course-details-form',
  imports: [ReactiveFormsModule, CourseFields, FormAlert, PendingButton],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <app-course-fields [form]="form" idPrefix="details" />
      <div class="actions">
        <app-pending-button [pending]="store.isPending('details')" data-testid="save-details">Save details</app-pending-button>
        <app-form-alert class="saved" [message]="saved()" tone="success" />
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-top: 8px;
    }

    .saved ::ng-deep .form-alert {
      margin: 0;
      padding: 6px 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseDetailsForm {
  protected readonly store = inject(CourseEditorStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly form = buildCourseForm(inject(NonNullableFormBuilder));
  protected readonly saved = signal<string | null>(null);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  constructor() {
    // Show the course's details as the server has them, unless the admin is editing them.
    effect(() => {
      const course = this.store.course();
      untracked(() => {
        if (course && this.form.pristine) {
          this.form.reset(courseFormValue(course));
        }
      });
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.form.dirty) {
        this.saved.set(null);
      }
    });
  }

  protected async save(): Promise<void> {
    if (this.store.isPending('details') || !checkForm(this.form, this.host)) {
      return;
    }
    this.saved.set(null);
    const result = await this.store.saveDetails(courseFields(this.form));
    if (result.ok) {
      this.formDirective().resetForm(courseFormValue(result.course));
      this.saved.set('Details saved.');
    }
  }
}
