import { ChangeDetectionStrategy, Component } from '@angular/core';

import { StatusPage } from '../../shared/ui/status-page/status-page';

/** Shown for any URL no route matches. */
@Component({
  selector: 'app-not-found-page',
  imports: [StatusPage],
  template: `
    <app-status-page code="404" heading="Page not found" data-testid="not-found">
      We couldn't find the page you were looking for. It may have moved, or the link may be wrong.
    </app-status-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
