import { Routes } from '@angular/router';

import { adminGuard } from './core/auth/admin.guard';
import { authRoutes } from './features/auth/auth.routes';

// Named paths come before the catalog's empty-path route: matching that one has to load the
// courses chunk first, which a visit to /signin should not pay for.
export const routes: Routes = [
  ...authRoutes,
  {
    path: 'admin',
    title: 'Admin',
    canActivate: [adminGuard],
    loadComponent: () => import('./features/admin/admin-page').then((m) => m.AdminPage),
  },
  {
    path: 'not-allowed',
    title: 'Not allowed',
    loadComponent: () => import('./features/not-allowed/not-allowed-page').then((m) => m.NotAllowedPage),
  },
  {
    path: 'dev/mailbox',
    title: 'Dev mailbox',
    loadComponent: () => import('./features/dev-mailbox/dev-mailbox-page').then((m) => m.DevMailboxPage),
  },
  {
    path: '',
    loadChildren: () => import('./features/courses/courses.routes').then((m) => m.coursesRoutes),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () =>
      import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
