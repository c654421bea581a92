import { Routes } from '@angular/router';

import { AdminShell } from './admin-shell/admin-shell';
import { AdminCourseListPage } from './course-list/admin-course-list-page';
import { CourseEditorPage } from './editor/course-editor-page';

/**
 * /admin/…, administrators only (app.routes.ts guards the whole area and loads it lazily).
 * The shell shows the tabs; each tab's pages are its children: /admin (the course list) and
 * /admin/courses/:courseId (the editor) under Courses, /admin/purchases under Purchases.
 */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminShell,
    children: [
      { path: '', pathMatch: 'full', title: 'Courses · Admin', component: AdminCourseListPage },
      { path: 'courses', pathMatch: 'full', redirectTo: '' },
      { path: 'courses/:courseId', title: 'Edit course · Admin', component: CourseEditorPage },
      // ── Purchases tab: owned by features/admin-purchases, its own lazy chunk (default export). ──
      { path: 'purchases', loadChildren: () => import('../admin-purchases/admin-purchases.routes') },
    ],
  },
];
