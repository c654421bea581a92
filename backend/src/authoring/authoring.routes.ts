import { Hono } from 'hono';
import type { AuthoringEnv } from './authoring.deps';
import { adminCoursesRoutes } from './admin-courses.routes';
import { teacherProfileRoutes } from './teacher-profile.routes';
import { transcodeRoutes } from './transcode.routes';
import { uploadsRoutes } from './uploads.routes';

/**
 * Course editing, the uploads into it and the teacher's profile (copied onto their courses): one
 * function, as all need the course and storage.
 */
export const authoringRoutes = new Hono<AuthoringEnv>().route('/', adminCoursesRoutes).route('/', uploadsRoutes).route('/', teacherProfileRoutes).route('/', transcodeRoutes);
