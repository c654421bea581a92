import { Hono } from 'hono';
import type { AuthoringEnv } from './authoring.deps';
import { adminCoursesRoutes } from './admin-courses.routes';
import { uploadsRoutes } from './uploads.routes';

/** Course editing and the uploads into it: one function, as both need the course and storage. */
export const authoringRoutes = new Hono<AuthoringEnv>().route('/', adminCoursesRoutes).route('/', uploadsRoutes);
