import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { AuthStore } from '../../core/auth/auth.store';
import { StatusPage } from '../../shared/ui/status-page/status-page';

/** Shown (by adminGuard) to signed-in users who open a page for administrators. */
@Component({
  selector: 'app-not-allowed-page',
  imports: [StatusPage],
  template: `
    <app-status-page code="403" heading="Not allowed" data-testid="not-allowed">
      This page is for administrators.
      @if (user(); as user) {
        You're signed in as {{ user.email }}.
      }
    </app-status-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotAllowedPage {
  protected readonly user = inject(AuthStore).user;
}
