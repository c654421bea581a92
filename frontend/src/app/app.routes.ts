import { Routes } from '@angular/router';

import { adminGuard } from './core/auth/admin.guard';
import { authGuard } from './core/auth/auth.guard';
import { authRoutes } from './features/auth/auth.routes';
import { coursesRoutes } from './features/courses/courses.routes';

// The catalog and course pages are the landing pages, so they are in the initial bundle: lazy,
// their chunk and its imports were two more round trips before the catalog's request could
// even start (Lighthouse's LCP). Every other feature stays a lazy chunk.
export const routes: Routes = [
  ...authRoutes,
  {
    path: 'admin',
    title: 'Admin',
    canMatch: [adminGuard],
    loadChildren: () =>
      import('./features/admin/admin.routes').then((m) =>
        m.adminRoutes([
          // The Purchases tab: features/admin-purchases, its own lazy chunk (default export).
          { path: 'purchases', loadChildren: () => import('./features/admin-purchases/admin-purchases.routes') },
          // The Reports tab: the discussions' moderation queue (features/discussions).
          { path: 'reports', loadChildren: () => import('./features/discussions/moderation.routes') },
        ]),
      ),
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
    path: 'checkout',
    loadChildren: () => import('./features/checkout/checkout.routes').then((m) => m.checkoutRoutes),
  },
  {
    path: 'my-courses',
    title: 'My courses',
    canActivate: [authGuard],
    loadComponent: () => import('./features/my-courses/my-courses-page/my-courses-page').then((m) => m.MyCoursesPage),
  },
  {
    // The student's certificates (signed in) and each one's public verification page.
    path: 'certificates',
    loadChildren: () => import('./features/certificates/certificates.routes').then((m) => m.certificatesRoutes),
  },
  {
    path: 'practice',
    title: 'Practice',
    canActivate: [authGuard],
    loadComponent: () => import('./features/practice-journal/practice-page/practice-page').then((m) => m.PracticePage),
  },
  {
    path: 'courses/:courseId/lessons/:lessonId',
    title: 'Lesson',
    loadComponent: () => import('./features/player/player-page/player-page').then((m) => m.PlayerPage),
  },
  {
    // A course's discussion and its threads (enrolled students, teachers and admins).
    path: 'courses/:courseId/discussion',
    loadChildren: () => import('./features/discussions/discussions.routes').then((m) => m.discussionsRoutes),
  },
  {
    path: 'courses/:courseId/continue',
    loadChildren: () => import('./features/player/continue.routes').then((m) => m.continueRoutes),
  },
  {
    path: '',
    children: coursesRoutes,
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () =>
      import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
