import { Routes } from '@angular/router';

import { CatalogPage } from './catalog/catalog-page';
import { CoursePage } from './course-page/course-page';

/** Public catalog routes; part of the initial bundle (see app.routes.ts). */
export const coursesRoutes: Routes = [
  { path: '', pathMatch: 'full', title: 'Courses', component: CatalogPage },
  { path: 'courses/:courseId', title: 'Course', component: CoursePage },
];
