import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { CourseSummary } from '@lessonstage/shared';

import { CheckoutFlow } from '../../../core/checkout/checkout-flow';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { formatPrice } from '../../format/format-price';
import { FormAlert } from '../form-alert/form-alert';

export type BuyableCourse = Pick<CourseSummary, 'courseId' | 'priceCents' | 'currency'>;

/**
 * "Buy for $29.00" (or "Enroll for free"): starts checkout and shows its failures below itself.
 * Emits `enrolled` when the student turns out to own the course (a free enrollment, or already).
 */
@Component({
  selector: 'app-buy-button',
  imports: [MatButton, MatProgressSpinner, FormAlert],
  template: `
    <button
      matButton="filled"
      type="button"
      class="buy"
      data-testid="buy-button"
      disabledInteractive
      [disabled]="pending()"
      [attr.aria-busy]="pending() || null"
      (click)="buy()"
    >
      @if (pending()) {
        <mat-progress-spinner class="spinner" mode="indeterminate" diameter="18" aria-hidden="true" />
      }
      {{ label() }}
    </button>
    <app-form-alert class="alert" [message]="error()" />
  `,
  styles: `
    :host {
      display: block;
    }

    .buy {
      min-height: 48px;
      padding-inline: 28px;
    }

    .spinner {
      display: inline-block;
      margin-inline-end: 8px;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }

    .alert {
      margin-top: 12px;
    }
  `,
  host: { '(window:pageshow)': 'pending.set(false)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BuyButton {
  readonly course = input.required<BuyableCourse>();
  /** A free enrollment goes straight to this lesson; without it `enrolled` is all that happens. */
  readonly firstLessonId = input<string | null>(null);
  /** Where to come back to after signing in (defaults to the course page). */
  readonly returnUrl = input<string | undefined>(undefined);

  readonly enrolled = output<void>();

  private readonly flow = inject(CheckoutFlow);
  private readonly locale = inject(LOCALE_ID);

  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly label = computed(() => {
    const { priceCents, currency } = this.course();
    return priceCents === 0 ? 'Enroll for free' : `Buy for ${formatPrice(priceCents, currency, this.locale)}`;
  });

  protected async buy(): Promise<void> {
    if (this.pending()) {
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    try {
      const outcome = await this.flow.buy({
        courseId: this.course().courseId,
        firstLessonId: this.firstLessonId(),
        returnUrl: this.returnUrl(),
      });
      if (outcome === 'redirected') {
        return; // busy while the browser leaves; "pageshow" resets it should Back restore this page
      }
      if (outcome === 'enrolled' || outcome === 'already-enrolled') {
        this.enrolled.emit();
      }
    } catch (error: unknown) {
      this.error.set(apiErrorMessage(error));
    }
    this.pending.set(false);
  }
}
