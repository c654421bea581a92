import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type CourseStatus = 'draft' | 'published';

/** "Draft" or "Published", as a small coloured label. */
@Component({
  selector: 'app-status-chip',
  template: `<span class="tag status" [class.status--published]="published()" data-testid="course-status">{{ label() }}</span>`,
  styles: `
    .status {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }

    .status--published {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<CourseStatus>();

  protected readonly published = computed(() => this.status() === 'published');
  protected readonly label = computed(() => (this.published() ? 'Published' : 'Draft'));
}
