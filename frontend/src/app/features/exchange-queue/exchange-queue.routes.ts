import { Routes } from '@angular/router';

import { ExchangeQueuePage } from './queue-page/exchange-queue-page';
import { SubmissionReviewPage } from './review-page/submission-review-page';

/**
 * /admin/exchange, a tab of the admin area's shell (app.routes.ts loads it lazily, behind the
 * area's guard): the queue of students' takes, and one take to answer.
 */
const exchangeQueueRoutes: Routes = [
  { path: '', title: 'Video exchange · Admin', component: ExchangeQueuePage },
  { path: ':submissionId', title: 'Answer a take · Admin', component: SubmissionReviewPage },
];

export default exchangeQueueRoutes;
