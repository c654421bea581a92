import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/** Shown for any URL no route matches. */
@Component({
  selector: 'app-not-found-page',
  imports: [MatButton, RouterLink],
  template: `
    <section class="page not-found" data-testid="not-found">
      <p class="code" aria-hidden="true">404</p>
      <h1 class="page-heading">Page not found</h1>
      <p class="page-lede">We couldn't find the page you were looking for. It may have moved, or the link may be wrong.</p>
      <a mat-flat-button routerLink="/">Browse all courses</a>
    </section>
  `,
  styles: `
    .not-found {
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
export class NotFoundPage {}
