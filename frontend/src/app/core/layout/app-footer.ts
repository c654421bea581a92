import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

import { PRODUCT_NAME } from '../routing/page-title-strategy';

/** Page footer. The dev mailbox link is always there; the page explains where it works. */
@Component({
  selector: 'app-footer',
  imports: [RouterLink],
  template: `
    <footer class="footer">
      <span>{{ productName }}</span>
      <span aria-hidden="true">·</span>
      <a routerLink="/dev/mailbox" data-testid="dev-mailbox-link">Dev mailbox</a>
    </footer>
  `,
  styles: `
    :host {
      display: block;
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 8px;
      padding: 16px;
      border-top: 1px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }

    a {
      color: inherit;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppFooter {
  protected readonly productName = PRODUCT_NAME;
}
