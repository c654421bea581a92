import {
  booleanAttribute,
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

import { checkForm } from '../../../shared/forms/check-form';
import { notBlank, TITLE_MAX_LENGTH } from '../course-form/title-validators';

/**
 * A title field with an Add button ("Section title" + "Add section", "Lesson title" + "Add
 * lesson"). Emits the trimmed title; the parent calls `clear()` once it has been added.
 */
@Component({
  selector: 'app-add-title-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatButton, MatProgressSpinner],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <input
          matInput
          [id]="fieldId()"
          formControlName="title"
          autocomplete="off"
          [attr.data-testid]="inputTestId()"
        />
        <mat-error>
          @if (form.controls.title.hasError('maxlength')) {
            Use at most {{ maxLength }} characters.
          } @else {
            Enter a {{ label().toLowerCase() }}.
          }
        </mat-error>
      </mat-form-field>
      <button
        matButton="tonal"
        type="submit"
        class="add"
        disabledInteractive
        [disabled]="pending()"
        [attr.aria-busy]="pending() || null"
        [attr.data-testid]="buttonTestId()"
      >
        @if (pending()) {
          <mat-progress-spinner class="spinner" mode="indeterminate" diameter="18" aria-hidden="true" />
        }
        {{ buttonLabel() }}
      </button>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }

    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 12px;
    }

    .field {
      flex: 1 1 220px;
      min-width: 0;
    }

    .add {
      margin-top: 8px;
    }

    .spinner {
      display: inline-block;
      margin-inline-end: 8px;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddTitleForm {
  readonly label = input.required<string>();
  readonly buttonLabel = input.required<string>();
  readonly fieldId = input.required<string>();
  readonly pending = input(false, { transform: booleanAttribute });
  readonly inputTestId = input<string | null>(null);
  readonly buttonTestId = input<string | null>(null);

  readonly add = output<string>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly changeDetector = inject(ChangeDetectorRef);
  protected readonly maxLength = TITLE_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(TITLE_MAX_LENGTH), notBlank]],
  });

  private readonly formDirective = viewChild.required(FormGroupDirective);

  /** Empties the field (after the title was added), keeping focus where it is. */
  clear(): void {
    // resetForm, not reset: the form must also forget it was submitted, or the empty field shows its error.
    this.formDirective().resetForm({ title: '' });
    this.changeDetector.markForCheck();
  }

  protected submit(): void {
    if (this.pending() || !checkForm(this.form, this.host)) {
      return;
    }
    this.add.emit(this.form.getRawValue().title.trim());
  }
}
