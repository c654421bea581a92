import { Hono } from 'hono';
import { adminUsersRoutes } from './admin/admin-users.routes';
import { authRoutes } from './auth/auth.routes';
import { adminCoursesRoutes } from './authoring/admin-courses.routes';
import { uploadsRoutes } from './authoring/uploads.routes';
import { mediaRoutes } from './media/media.routes';
import { learningRoutes } from './learning/learning.routes';
import { adminPurchasesRoutes } from './payments/admin-purchases.routes';
import { paymentsRoutes } from './payments/payments.routes';
import { coursesRoutes } from './courses/courses.routes';
import { healthRoutes } from './health/health.routes';
import type { ApiEnv } from './lib/http/api-env';

/** A backend domain: one router, deployed as one Lambda function (entry `<name>/<name>.handler.ts`). */
export interface Domain {
  readonly name: string;
  readonly routes: Hono<ApiEnv>;
}

export const DOMAINS: readonly Domain[] = [
  { name: 'health', routes: healthRoutes },
  { name: 'courses', routes: coursesRoutes },
  { name: 'auth', routes: authRoutes },
  { name: 'admin', routes: adminUsersRoutes },
  { name: 'authoring', routes: new Hono<ApiEnv>().route('/', adminCoursesRoutes).route('/', uploadsRoutes) },
  { name: 'media', routes: mediaRoutes },
  { name: 'payments', routes: new Hono<ApiEnv>().route('/', paymentsRoutes).route('/', adminPurchasesRoutes) },
  { name: 'learning', routes: learningRoutes },
];
