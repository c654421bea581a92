import { ChangeDetectionStrategy, Component } from '@angular/core';

/** /admin — administrators only (adminGuard). A placeholder until the admin tools arrive. */
@Component({
  selector: 'app-admin-page',
  template: `
    <div class="page" data-testid="admin-page">
      <h1 class="page-heading">Admin area</h1>
      <p class="page-lede">Tools for managing courses and users will appear here.</p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {}
