import { Routes } from '@angular/router';

import { authGuard } from '../../core/auth/auth.guard';
import { ThreadPage } from './thread/thread-page';
import { ThreadListPage } from './thread-list/thread-list-page';

/** /courses/:courseId/discussion and /courses/:courseId/discussion/:threadId, one lazy chunk (app.routes.ts). */
export const discussionsRoutes: Routes = [
  { path: '', title: 'Discussion', canActivate: [authGuard], component: ThreadListPage },
  { path: ':threadId', title: 'Discussion', canActivate: [authGuard], component: ThreadPage },
];
