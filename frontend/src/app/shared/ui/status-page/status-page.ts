import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/**
 * A page that stands for an HTTP status (404, 403): the big code, a heading, the explanation
 * (projected), and the way back to the catalog.
 */
@Component({
  selector: 'app-status-page',
  imports: [MatButton, RouterLink],
  template: `
    <section class="page status">
      <p class="code" aria-hidden="true">{{ code() }}</p>
      <h1 class="page-heading">{{ heading() }}</h1>
      <p class="page-lede"><ng-content /></p>
      <a matButton="filled" routerLink="/">Browse all courses</a>
    </section>
  `,
  styles: `
    .status {
      display: flex;
      flex-direction: column;
      align-items: center;
      padding-block: 64px;
      text-align: center;
    }

    .code {
      margin: 0;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-display-large);
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusPage {
  readonly code = input.required<string>();
  readonly heading = input.required<string>();
}
