import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { Review } from '@lessonstage/shared';

import { formatDate } from '../../../shared/format/format-date';
import { MarkdownView } from '../../../shared/markdown/markdown-view';
import { ReplyForm } from './reply-form';
import { StarRating } from './star-rating';

/** One review in the course page's list: stars, who and when, the text, the teacher's reply. */
@Component({
  selector: 'app-review-item',
  imports: [StarRating, MarkdownView, ReplyForm],
  template: `
    @let r = review();
    <article class="review" data-testid="review-item" [attr.aria-labelledby]="'review-by-' + r.reviewId">
      <header class="head">
        <app-star-rating [rating]="stars()" [showCount]="false" [ariaLabel]="'Rated ' + r.rating + ' out of 5'" />
        <h3 class="who" [id]="'review-by-' + r.reviewId">{{ r.reviewerName }}</h3>
        <time class="when" [attr.datetime]="r.createdAt">{{ date() }}</time>
      </header>
      @if (r.text) {
        <app-markdown-view class="text" [markdown]="r.text" [userContent]="true" data-testid="review-text-view" />
      }
      @if (r.reply; as reply) {
        <div class="reply" data-testid="review-reply">
          <p class="reply-by">Reply from {{ reply.authorName }}</p>
          <app-markdown-view [markdown]="reply.text" />
        </div>
      } @else if (canReply()) {
        <app-reply-form [courseId]="courseId()" [reviewId]="r.reviewId" (replied)="replied.emit($event)" />
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
    }

    .review {
      padding: 16px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }

    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin-bottom: 8px;
    }

    .who {
      margin: 0;
      font: var(--mat-sys-title-small);
    }

    .when {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }

    .text {
      font: var(--mat-sys-body-medium);
    }

    .reply {
      margin: 12px 0 0;
      padding: 12px 16px;
      border-inline-start: 3px solid var(--mat-sys-primary);
      border-radius: var(--mat-sys-corner-small, 8px);
      background: var(--mat-sys-surface-container-low);
      font: var(--mat-sys-body-medium);
    }

    .reply-by {
      margin: 0 0 4px;
      font: var(--mat-sys-label-large);
    }

    app-reply-form {
      display: block;
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewItem {
  readonly courseId = input.required<string>();
  readonly review = input.required<Review>();
  /** The visitor is an admin (a teacher) and may answer a review that has no reply yet. */
  readonly canReply = input(false);
  readonly replied = output<Review>();

  protected readonly stars = computed(() => ({ average: this.review().rating, count: 1 }));
  protected readonly date = computed(() => formatDate(this.review().createdAt));
}
