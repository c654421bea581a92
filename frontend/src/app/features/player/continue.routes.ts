import { Routes } from '@angular/router';

import { continueLearningGuard } from './continue-learning.guard';

/** /courses/:courseId/continue — never shown: the guard redirects to the right lesson. */
export const continueRoutes: Routes = [{ path: '', canActivate: [continueLearningGuard], children: [] }];
