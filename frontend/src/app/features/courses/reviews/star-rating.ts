import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CourseRating } from '@lessonstage/shared';

import { formatAverage, ratingLabel, starFills } from './rating-label';

/** The star's outline path (24×24), drawn filled and then clipped to the share of it earned. */
export const STAR_PATH = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z';

/**
 * A course's stars and count, read as one phrase ("4.5 out of 5, 12 reviews"): the stars and
 * figures are drawn for the eye, the label is what assistive technology reads.
 */
@Component({
  selector: 'app-star-rating',
  template: `
    <span class="rating" role="img" [attr.aria-label]="label()" data-testid="star-rating" [attr.data-average]="rating().average" [attr.data-count]="rating().count">
      @if (rating().count > 0) {
        <span class="stars" aria-hidden="true">
          @for (fill of fills(); track $index) {
            <svg viewBox="0 0 24 24" [attr.width]="size()" [attr.height]="size()" focusable="false">
              <path class="empty" [attr.d]="star" />
              <path class="full" [attr.d]="star" [style.clip-path]="'inset(0 ' + (100 - fill * 100) + '% 0 0)'" />
            </svg>
          }
        </span>
        <span class="figures" aria-hidden="true"
          ><strong>{{ average() }}</strong>@if (showCount()) {<span class="count">&nbsp;({{ rating().count }})</span>}</span
        >
      } @else {
        <span class="none" aria-hidden="true">{{ label() }}</span>
      }
    </span>
  `,
  styles: `
    :host {
      display: inline-block;
    }

    .rating {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }

    .stars {
      display: inline-flex;
      line-height: 0;
    }

    .empty {
      fill: var(--mat-sys-outline-variant);
    }

    .full {
      fill: #b36b00;
    }

    .figures strong {
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StarRating {
  readonly rating = input.required<CourseRating>();
  /** Star size in px. */
  readonly size = input(16);
  /** Show "(12)" after the average (off where the count is said in words nearby). */
  readonly showCount = input(true);
  /** What assistive technology reads instead of the average and count ("Rated 4 out of 5" for one review). */
  readonly ariaLabel = input<string | null>(null);

  protected readonly star = STAR_PATH;
  protected readonly label = computed(() => this.ariaLabel() ?? ratingLabel(this.rating()));
  protected readonly average = computed(() => formatAverage(this.rating().average));
  protected readonly fills = computed(() => starFills(this.rating().average));
}
