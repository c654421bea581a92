import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

import { renderMarkdown } from './render-markdown';

/**
 * Someone's Markdown (or plain text), rendered through the one renderer (marked + DOMPurify,
 * loaded on first use); until it is ready, and if it fails, the text shows as it was written.
 * A host may restyle headings and paragraph gaps through `--markdown-heading-font`,
 * `--markdown-heading-margin` and `--markdown-block-gap`.
 */
@Component({
  selector: 'app-markdown-view',
  template: `
    @if (html(); as html) {
      <div class="markdown" [innerHTML]="html"></div>
    } @else {
      <p class="markdown plain">{{ markdown() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .markdown {
      overflow-wrap: anywhere;
    }

    .plain {
      margin: 0;
      white-space: pre-line;
    }

    .markdown :is(p, ul, ol, blockquote, pre) {
      margin: 0 0 var(--markdown-block-gap, 8px);
    }

    .markdown :is(p, ul, ol, blockquote, pre):last-child {
      margin-bottom: 0;
    }

    .markdown :is(h3, h4, h5, h6) {
      margin: var(--markdown-heading-margin, 12px 0 4px);
      font: var(--markdown-heading-font, var(--mat-sys-title-small));
    }

    .markdown pre {
      overflow-x: auto;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small, 8px);
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkdownView {
  readonly markdown = input.required<string>();
  /** Users' posts rather than a teacher's text: their links are marked `nofollow ugc` (see renderMarkdown). */
  readonly userContent = input(false);

  private readonly sanitizer = inject(DomSanitizer);
  protected readonly html = signal<SafeHtml | null>(null);

  constructor() {
    effect((onCleanup) => {
      const markdown = this.markdown().trim();
      const options = { userContent: this.userContent() };
      let current = true;
      onCleanup(() => (current = false));
      this.html.set(null);
      if (!markdown) return;
      renderMarkdown(markdown, options).then(
        // Already sanitized by DOMPurify with a stricter allow-list than Angular's own sanitizer.
        (html) => current && this.html.set(this.sanitizer.bypassSecurityTrustHtml(html)),
        () => undefined,
      );
    });
  }
}
