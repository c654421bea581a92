import { Routes } from '@angular/router';

import { ModerationPage } from './moderation/moderation-page';

/**
 * /admin/reports, a tab of the admin area's shell: app.routes.ts loads it lazily into
 * features/admin/admin.routes.ts, behind the area's guard that lets only administrators in.
 */
const moderationRoutes: Routes = [{ path: '', title: 'Reports · Admin', component: ModerationPage }];

export default moderationRoutes;
