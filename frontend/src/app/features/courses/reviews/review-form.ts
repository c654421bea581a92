import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { MyReview } from '@lessonstage/shared';
import { REVIEW_TEXT_MAX } from '@lessonstage/shared/review-rules';
import { firstValueFrom } from 'rxjs';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { checkForm } from '../../../shared/forms/check-form';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { PendingButton } from '../../../shared/ui/pending-button/pending-button';
import { ReviewsApi } from './reviews.api';
import { STAR_PATH } from './star-rating';

type OwnReview = NonNullable<MyReview['review']>;

/**
 * An enrolled student's review: stars as a native radio group (arrow keys choose, as in any radio
 * group) and optional Markdown text. With a review already written it is that review, to edit.
 */
@Component({
  selector: 'app-review-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatHint, PendingButton, FormAlert],
  providers: [FORM_FIELD_DEFAULTS],
  templateUrl: './review-form.html',
  styleUrl: './review-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewForm {
  readonly courseId = input.required<string>();
  /** The student's review so far, or null before their first. */
  readonly mine = input<OwnReview | null>(null);
  readonly saved = output<OwnReview>();

  private readonly api = inject(ReviewsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly star = STAR_PATH;
  protected readonly choices = [1, 2, 3, 4, 5] as const;
  protected readonly maxText = REVIEW_TEXT_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    rating: [0, [Validators.required, Validators.min(1), Validators.max(5)]],
    text: ['', [Validators.maxLength(REVIEW_TEXT_MAX)]],
  });
  protected readonly rating = toSignal(this.form.controls.rating.valueChanges, { initialValue: 0 });
  protected readonly textLength = toSignal(this.form.controls.text.valueChanges, { initialValue: '' });
  protected readonly saving = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal(false);

  constructor() {
    effect(() => {
      const mine = this.mine();
      this.form.setValue({ rating: mine?.rating ?? 0, text: mine?.text ?? '' });
    });
  }

  protected starsLabel(n: number): string {
    return n === 1 ? '1 star' : `${n} stars`;
  }

  protected async submit(): Promise<void> {
    if (this.saving() || !checkForm(this.form, this.host)) return;
    const { rating, text } = this.form.getRawValue();
    this.saving.set(true);
    this.message.set(null);
    try {
      const { review } = await firstValueFrom(this.api.save(this.courseId(), { rating, text }));
      this.error.set(false);
      this.message.set(this.mine() ? 'Your review is updated.' : 'Thank you! Your review is posted.');
      if (review) this.saved.emit(review);
    } catch (failure) {
      this.error.set(true);
      this.message.set(apiErrorMessage(failure));
    } finally {
      this.saving.set(false);
    }
  }
}
