import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../../core/auth/auth.store';

/** Shown (by adminGuard) to signed-in users who open a page for administrators. */
@Component({
  selector: 'app-not-allowed-page',
  imports: [MatButton, RouterLink],
  template: `
    <div class="page not-allowed" data-testid="not-allowed">
      <p class="code" aria-hidden="true">403</p>
      <h1 class="page-heading">Not allowed</h1>
      <p class="page-lede">
        This page is for administrators.
        @if (user(); as user) {
          You're signed in as {{ user.email }}.
        }
      </p>
      <a matButton="filled" routerLink="/">Browse all courses</a>
    </div>
  `,
  styles: `
    .not-allowed {
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
export class NotAllowedPage {
  protected readonly user = inject(AuthStore).user;
}
