import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CourseDetail, Lesson } from '@lessonstage/shared';

import { lessonLink } from '../../../core/routing/lesson-link';
import { DurationPipe } from '../../../shared/format/duration.pipe';

/**
 * The course's sections and lessons beside the video: the current lesson is marked (aria-current),
 * completed ones ticked, and those the viewer cannot open yet locked.
 */
@Component({
  selector: 'app-course-outline',
  imports: [RouterLink, DurationPipe],
  templateUrl: './course-outline.html',
  styleUrl: './course-outline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseOutline {
  readonly course = input.required<CourseDetail>();
  readonly currentLessonId = input.required<string>();
  readonly completed = input<ReadonlySet<string>>(new Set());
  /** Every lesson may be opened (enrolled, or an admin); otherwise only free previews. */
  readonly unlocked = input(false);

  protected readonly lessonLink = lessonLink;

  protected isLocked(lesson: Lesson): boolean {
    return !this.unlocked() && !lesson.preview;
  }
}
