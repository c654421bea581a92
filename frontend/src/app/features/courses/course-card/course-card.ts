import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCard } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { CourseSummary } from '@lessonstage/shared';

import { instrumentLabel, levelLabel } from '../../../shared/format/course-labels';
import { PricePipe } from '../../../shared/format/price.pipe';
import { StarRating } from '../reviews/star-rating';

/** One course in the catalog grid. The whole card opens the course page (its title is the link). */
@Component({
  selector: 'app-course-card',
  imports: [MatCard, RouterLink, PricePipe, StarRating],
  templateUrl: './course-card.html',
  styleUrl: './course-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseCard {
  readonly course = input.required<CourseSummary>();
  /** Load the thumbnail eagerly (for cards that are visible without scrolling). */
  readonly priority = input(false);
  /** The signed-in student is enrolled: shows an "Owned" marker. */
  readonly owned = input(false);
  /** Prices in several currencies are listed together: say which one ("$29.00 USD"). */
  readonly currencyCode = input(false);

  protected readonly link = computed(() => ['/courses', this.course().courseId]);
  protected readonly instrument = computed(() => instrumentLabel(this.course().instrument));
  protected readonly level = computed(() => levelLabel(this.course().level));
}
