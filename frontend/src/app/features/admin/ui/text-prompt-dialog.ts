import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

import { checkForm } from '../../../shared/forms/check-form';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { Modal, MODAL_DATA, ModalRef } from '../../../shared/ui/modal/modal';
import { ModalFrame } from '../../../shared/ui/modal/modal-frame';
import { notBlank, TITLE_MAX_LENGTH } from '../course-form/title-validators';

export interface TextPromptData {
  readonly title: string;
  /** The field's label, e.g. "Section title". */
  readonly label: string;
  readonly value: string;
  readonly confirmLabel: string;
}

/** Asks for one title (renaming a section or lesson). Closes with the trimmed text. */
@Component({
  selector: 'app-text-prompt-dialog',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, MatError, ModalFrame],
  providers: [FORM_FIELD_DEFAULTS],
  template: `
    <app-modal-frame [heading]="data.title">
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field class="field">
          <mat-label>{{ data.label }}</mat-label>
          <input matInput id="text-prompt-value" formControlName="value" autocomplete="off" autofocus />
          <mat-error>
            @if (form.controls.value.hasError('maxlength')) {
              Use at most {{ maxLength }} characters.
            } @else {
              Enter a title.
            }
          </mat-error>
        </mat-form-field>
        <div class="actions">
          <button matButton type="button" (click)="ref.close()">Cancel</button>
          <button matButton="filled" type="submit">{{ data.confirmLabel }}</button>
        </div>
      </form>
    </app-modal-frame>
  `,
  styles: `
    .field {
      width: 100%;
      margin-top: 4px;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextPromptDialog {
  protected readonly data = inject(MODAL_DATA) as TextPromptData;
  protected readonly ref = inject<ModalRef<string>>(ModalRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly maxLength = TITLE_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    value: [this.data.value, [Validators.required, Validators.maxLength(TITLE_MAX_LENGTH), notBlank]],
  });

  protected submit(): void {
    if (checkForm(this.form, this.host)) {
      this.ref.close(this.form.getRawValue().value.trim());
    }
  }
}

/** Opens the dialog; the new text, or null when cancelled. */
export async function promptForText(modal: Modal, data: TextPromptData): Promise<string | null> {
  return (await modal.open<TextPromptDialog, string>(TextPromptDialog, data)) ?? null;
}
