import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CourseDetail } from '@lessonstage/shared';

/**
 * "About the teacher" on a course page: photo, public name and short bio from the teacher's
 * profile, copied onto the course (no extra request). Nothing when the teacher wrote neither.
 */
@Component({
  selector: 'app-about-teacher',
  template: `
    @let c = course();
    @if (c.teacherBio || c.teacherPhotoUrl) {
      <section class="teacher" aria-labelledby="about-teacher-heading" data-testid="about-teacher">
        @if (c.teacherPhotoUrl; as photo) {
          <img class="photo" [src]="photo" alt="" width="72" height="72" loading="lazy" />
        }
        <div>
          <h2 class="heading" id="about-teacher-heading">About {{ c.teacherName }}</h2>
          @if (c.teacherBio; as bio) {
            <p class="bio">{{ bio }}</p>
          }
        </div>
      </section>
    }
  `,
  styles: `
    .teacher {
      display: flex;
      gap: 16px;
      align-items: flex-start;
      margin-block: 16px;
    }

    .photo {
      flex: none;
      width: 72px;
      height: 72px;
      border-radius: 50%;
      object-fit: cover;
    }

    .heading {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }

    .bio {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AboutTeacher {
  readonly course = input.required<CourseDetail>();
}
