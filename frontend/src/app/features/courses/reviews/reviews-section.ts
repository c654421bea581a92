import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import type { CourseRating, MyReview, Review } from '@lessonstage/shared';

import { AuthStore } from '../../../core/auth/auth.store';
import { PagedList } from '../../../shared/data/paged-list';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadMore } from '../../../shared/ui/load-more/load-more';
import { ReviewForm } from './review-form';
import { ReviewItem } from './review-item';
import { ReviewsApi } from './reviews.api';
import { StarRating } from './star-rating';
import { ratingLabel } from './rating-label';

type OwnReview = NonNullable<MyReview['review']>;

/**
 * The course page's reviews: the rating, the enrolled student's own review to write or edit, and
 * everyone's counted reviews, newest first, a page at a time ("Show more reviews").
 */
@Component({
  selector: 'app-reviews-section',
  imports: [StarRating, ReviewForm, ReviewItem, LoadMore, ErrorState],
  templateUrl: './reviews-section.html',
  styleUrl: './reviews-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewsSection {
  readonly courseId = input.required<string>();
  readonly rating = input<CourseRating>({ average: 0, count: 0 });
  /** The visitor is enrolled (and so may review). */
  readonly enrolled = input(false);
  /** A review was written or changed: the course's rating moved. */
  readonly changed = output<void>();

  private readonly api = inject(ReviewsApi);
  protected readonly isAdmin = inject(AuthStore).isAdmin;
  protected readonly list = new PagedList<Review>((cursor) => this.api.list(this.courseId(), cursor), (review) => review.reviewId);
  protected readonly mine = signal<OwnReview | null>(null);
  protected readonly mineLoaded = signal(false);
  protected readonly summary = computed(() => ratingLabel(this.rating()));

  constructor() {
    effect(() => {
      this.courseId();
      untracked(() => this.list.loadFirstPage());
    });
    effect((onCleanup) => {
      const courseId = this.courseId();
      this.mine.set(null);
      this.mineLoaded.set(false);
      if (!this.enrolled()) return;
      const request = this.api.mine(courseId).subscribe({
        next: ({ review }) => {
          this.mine.set(review);
          this.mineLoaded.set(true);
        },
        error: () => this.mineLoaded.set(true),
      });
      onCleanup(() => request.unsubscribe());
    });
  }

  protected onSaved(review: OwnReview): void {
    this.mine.set(review);
    this.list.loadFirstPage();
    this.changed.emit();
  }

  protected onReplied(review: Review): void {
    this.list.items.update((items) => items.map((item) => (item.reviewId === review.reviewId ? review : item)));
  }
}
