import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

import { renderMarkdown } from '../../../shared/markdown/render-markdown';

/**
 * A post's Markdown through the app's one renderer (marked + DOMPurify, raw HTML shown as text),
 * with links marked as user content (`nofollow ugc noopener`). Plain text shows until it renders.
 */
@Component({
  selector: 'app-post-text',
  template: `
    @if (html(); as html) {
      <div class="text" data-testid="post-text" [innerHTML]="html"></div>
    } @else {
      <div class="text" data-testid="post-text">{{ markdown() }}</div>
    }
  `,
  styles: `
    .text {
      font: var(--mat-sys-body-large);
      overflow-wrap: anywhere;
      white-space: normal;
    }

    .text :first-child {
      margin-top: 0;
    }

    .text :last-child {
      margin-bottom: 0;
    }

    .text pre {
      overflow-x: auto;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostText {
  readonly markdown = input.required<string>();

  private readonly sanitizer = inject(DomSanitizer);
  protected readonly html = signal<SafeHtml | null>(null);

  constructor() {
    effect((onCleanup) => {
      const markdown = this.markdown();
      let current = true;
      onCleanup(() => (current = false));
      this.html.set(null);
      void renderMarkdown(markdown, { userContent: true }).then((html) => {
        // Sanitized by DOMPurify with a stricter allow-list than Angular's own sanitizer.
        if (current) this.html.set(this.sanitizer.bypassSecurityTrustHtml(html));
      });
    });
  }
}
