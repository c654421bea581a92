import { Hono } from 'hono';
import type { ExchangeEnv } from './exchange.deps';
import { submissionReviewRoutes } from './submission-review.routes';
import { submissionsRoutes } from './submissions.routes';

/** The video exchange (#19): students' takes on lessons, and the teachers' answers. */
export const exchangeRoutes = new Hono<ExchangeEnv>().route('/', submissionsRoutes).route('/', submissionReviewRoutes);
