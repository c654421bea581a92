import { Routes } from '@angular/router';

import { AdminPurchasesPage } from './purchases-page/admin-purchases-page';

/**
 * /admin/purchases, a tab of the admin area's shell: app.routes.ts loads it lazily into
 * features/admin/admin.routes.ts, behind the area's guard that lets only administrators in.
 */
const adminPurchasesRoutes: Routes = [{ path: '', title: 'Purchases · Admin', component: AdminPurchasesPage }];

export default adminPurchasesRoutes;
