import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

import { renderMarkdown } from '../../../shared/markdown/render-markdown';

/**
 * A lesson's description under the video: the teacher's Markdown, rendered and sanitized with
 * DOMPurify (loaded only when a lesson has a description). Renders nothing without one.
 */
@Component({
  selector: 'app-lesson-description',
  template: `
    @if (html(); as html) {
      <section class="description" aria-label="About this lesson" data-testid="lesson-description" [innerHTML]="html"></section>
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
    }

    .description :is(h3, h4, h5, h6) {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-medium);
    }

    .description pre {
      overflow-x: auto;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small, 8px);
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonDescription {
  /** Markdown; empty or absent shows nothing. */
  readonly markdown = input<string | undefined>();

  private readonly sanitizer = inject(DomSanitizer);
  protected readonly html = signal<SafeHtml | null>(null);

  constructor() {
    effect((onCleanup) => {
      const markdown = this.markdown()?.trim();
      let current = true;
      onCleanup(() => (current = false)); // another lesson opened before this one rendered
      this.html.set(null);
      if (!markdown) {
        return;
      }
      void renderMarkdown(markdown).then((html) => {
        // Already sanitized by DOMPurify with a stricter allow-list than Angular's own sanitizer.
        if (current) this.html.set(this.sanitizer.bypassSecurityTrustHtml(html));
      });
    });
  }
}
