import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { AdminLesson } from '@lessonstage/shared';
import { LESSON_DESCRIPTION_MAX_LENGTH } from '@lessonstage/shared/authoring-rules';

import { checkForm } from '../../../shared/forms/check-form';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { CourseEditorStore } from '../data/course-editor.store';

/**
 * A lesson's description (Markdown, shown to students under the video), saved with its own
 * button: a description is written in several goes, and every keystroke is no version to keep.
 */
@Component({
  selector: 'app-lesson-description-field',
  imports: [ReactiveFormsModule, CdkTextareaAutosize, MatButton, MatFormField, MatLabel, MatInput, MatHint, MatError, PendingButton],
  template: `
    <form class="field" [formGroup]="form" (ngSubmit)="save()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Description (optional)</mat-label>
        <textarea
          matInput
          [formControl]="control"
          [attr.aria-label]="'Description (optional): ' + lesson().title"
          data-testid="lesson-description-input"
          cdkTextareaAutosize
          cdkAutosizeMinRows="2"
        ></textarea>
        <mat-hint>Markdown: **bold**, *italic*, lists, links. Shown under the video.</mat-hint>
        <mat-hint align="end">{{ length() }} / {{ max }}</mat-hint>
        <mat-error>Use at most {{ max }} characters.</mat-error>
      </mat-form-field>
      @if (changed()) {
        <div class="actions">
          <app-pending-button type="submit" appearance="tonal" [pending]="saving()" data-testid="save-lesson-description">
            Save description
          </app-pending-button>
          <button matButton type="button" (click)="reset()">Discard</button>
        </div>
      }
    </form>
  `,
  styles: `
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonDescriptionField {
  readonly lesson = input.required<AdminLesson>();

  private readonly store = inject(CourseEditorStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly max = LESSON_DESCRIPTION_MAX_LENGTH;
  protected readonly control = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LESSON_DESCRIPTION_MAX_LENGTH)] });
  protected readonly form = new FormGroup({ description: this.control });
  private readonly value = toSignal(this.control.valueChanges, { initialValue: '' });
  private readonly saved = computed(() => this.lesson().description ?? '');
  protected readonly length = computed(() => this.value().length);
  protected readonly changed = computed(() => this.value().trim() !== this.saved());
  protected readonly saving = computed(() => this.store.isPending(`description:${this.lesson().lessonId}`));

  constructor() {
    // The saved description (after a save, a reload or another tab's change) replaces the field's.
    effect(() => {
      const saved = this.saved();
      untracked(() => this.control.setValue(saved));
    });
  }

  protected save(): void {
    if (!this.changed() || this.saving() || !checkForm(this.form, this.host)) {
      return;
    }
    void this.store.setLessonDescription(this.lesson().lessonId, this.control.value.trim());
  }

  protected reset(): void {
    this.control.setValue(this.saved());
  }
}
