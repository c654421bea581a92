import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input } from '@angular/core';

/**
 * "Skip to main content" link, visible only when focused.
 * The click is handled in code: with `<base href="/">` a plain `#fragment` link
 * would resolve against the base URL and reload the app on any other page.
 */
@Component({
  selector: 'app-skip-link',
  template: `<a class="skip-link" [attr.href]="'#' + target()" (click)="skip($event)">Skip to main content</a>`,
  styles: `
    .skip-link {
      position: fixed;
      top: 8px;
      left: 8px;
      z-index: 1000;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-inverse-surface);
      color: var(--mat-sys-inverse-on-surface);
      font: var(--mat-sys-label-large);
      text-decoration: none;
      transform: translateY(-200%);
    }

    .skip-link:focus {
      transform: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkipLink {
  /** Id of the element to move focus to (it needs tabindex="-1"). */
  readonly target = input.required<string>();

  private readonly document = inject(DOCUMENT);

  protected skip(event: Event): void {
    const element = this.document.getElementById(this.target());
    if (!element) {
      return;
    }
    event.preventDefault();
    element.focus();
    element.scrollIntoView?.();
  }
}
