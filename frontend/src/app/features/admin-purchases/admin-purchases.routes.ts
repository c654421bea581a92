import { Routes } from '@angular/router';

import { AdminPurchasesPage } from './purchases-page/admin-purchases-page';

/**
 * /admin/purchases, loaded lazily by the admin area's routes (features/admin/admin.routes.ts),
 * whose guard lets only administrators in.
 */
const adminPurchasesRoutes: Routes = [{ path: '', title: 'Purchases · Admin', component: AdminPurchasesPage }];

export default adminPurchasesRoutes;
