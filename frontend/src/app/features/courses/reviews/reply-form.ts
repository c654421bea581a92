import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { Review } from '@lessonstage/shared';
import { REPLY_TEXT_MAX } from '@lessonstage/shared/review-rules';
import { firstValueFrom } from 'rxjs';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { ReviewsApi } from './reviews.api';

/** The teacher's one reply to a review (admins only; the API refuses a second). */
@Component({
  selector: 'app-reply-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, PendingButton, FormAlert],
  providers: [FORM_FIELD_DEFAULTS],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="reply-form">
      <mat-form-field class="field">
        <mat-label>Reply as the teacher</mat-label>
        <textarea matInput rows="2" formControlName="text" [id]="'reply-' + reviewId()" data-testid="reply-text"></textarea>
        <mat-error>
          @if (form.controls.text.hasError('maxlength')) {
            At most {{ max }} characters, please shorten it.
          } @else {
            Write a reply first.
          }
        </mat-error>
      </mat-form-field>
      <app-pending-button type="submit" appearance="tonal" [pending]="saving()" data-testid="reply-save">Post reply</app-pending-button>
    </form>
    <app-form-alert [message]="error()" />
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 12px;
    }

    .field {
      flex: 1 1 240px;
    }

    app-pending-button {
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplyForm {
  readonly courseId = input.required<string>();
  readonly reviewId = input.required<string>();
  readonly replied = output<Review>();

  private readonly api = inject(ReviewsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly max = REPLY_TEXT_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    text: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(REPLY_TEXT_MAX)]],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving() || !checkForm(this.form, this.host)) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      this.replied.emit(await firstValueFrom(this.api.reply(this.courseId(), this.reviewId(), this.form.getRawValue().text.trim())));
    } catch (failure) {
      this.error.set(apiErrorMessage(failure));
    } finally {
      this.saving.set(false);
    }
  }
}
