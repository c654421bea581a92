import { Routes } from '@angular/router';

import { AdminShell } from './admin-shell/admin-shell';
import { AdminCourseListPage } from './course-list/admin-course-list-page';
import { CourseEditorPage } from './editor/course-editor-page';
import { TeacherProfilePage } from './profile/teacher-profile-page';
import { SyncEditorPage } from './sync/sync-editor-page';

/**
 * /admin/…, administrators only (app.routes.ts guards the whole area and loads it lazily).
 * The shell shows the tabs; each tab's pages are its children: /admin (the course list) and
 * /admin/courses/:courseId (the editor) under Courses, /admin/profile (the teacher's public profile). Tabs owned by other features (Purchases)
 * come in as `otherTabs` from app.routes.ts, since features do not import each other.
 */
export function adminRoutes(otherTabs: Routes = []): Routes {
  return [
    {
      path: '',
      component: AdminShell,
      children: [
        { path: '', pathMatch: 'full', title: 'Courses · Admin', component: AdminCourseListPage },
        { path: 'courses', pathMatch: 'full', redirectTo: '' },
        { path: 'courses/:courseId', title: 'Edit course · Admin', component: CourseEditorPage },
        { path: 'profile', title: 'Your profile · Admin', component: TeacherProfilePage },
        { path: 'courses/:courseId/lessons/:lessonId/sync', title: 'Sync lesson · Admin', component: SyncEditorPage },
        ...otherTabs,
      ],
    },
  ];
}
