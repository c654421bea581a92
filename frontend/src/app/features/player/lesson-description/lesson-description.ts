import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { MarkdownView } from '../../../shared/markdown/markdown-view';

/**
 * A lesson's description under the video: the teacher's Markdown through the shared MarkdownView
 * (its renderer loads only when a lesson has a description). Renders nothing without one.
 */
@Component({
  selector: 'app-lesson-description',
  imports: [MarkdownView],
  template: `
    @if (text(); as text) {
      <section class="description" aria-label="About this lesson" data-testid="lesson-description">
        <app-markdown-view [markdown]="text" />
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .description {
      max-width: 72ch;
      font: var(--mat-sys-body-large);
      overflow-wrap: anywhere;
      --markdown-block-gap: 1em;
      --markdown-heading-margin: 16px 0 4px;
      --markdown-heading-font: var(--mat-sys-title-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonDescription {
  /** Markdown; empty or absent shows nothing. */
  readonly markdown = input<string | undefined>();

  protected readonly text = computed(() => this.markdown()?.trim() ?? '');
}
