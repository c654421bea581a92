import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { MarkdownView } from '../../../shared/markdown/markdown-view';

/**
 * A post's Markdown through the shared MarkdownView (raw HTML shown as text), with links marked
 * as user content (`nofollow ugc noopener`). Plain text shows until it renders.
 */
@Component({
  selector: 'app-post-text',
  imports: [MarkdownView],
  template: `<app-markdown-view class="text" data-testid="post-text" [markdown]="markdown()" [userContent]="true" />`,
  styles: `
    :host {
      display: block;
    }

    .text {
      font: var(--mat-sys-body-large);
      --markdown-block-gap: 1em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostText {
  readonly markdown = input.required<string>();
}
