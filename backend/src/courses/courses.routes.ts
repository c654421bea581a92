import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import { listCoursesQuerySchema, resourceIdSchema, type CourseDetail, type CourseList } from '@lessonstage/shared';
import type { CoursesEnv } from './courses.deps';
import { NotFoundError } from '../lib/http/http-errors';
import { parseInput } from '../lib/http/validate';
import { catalogCursorSchema, decodeCursor, encodeCursor } from './index-cursor';
import { toCatalogSummary, toCourseDetail } from './course.mapper';

const courseParamsSchema = z.object({ courseId: resourceIdSchema });

export const coursesRoutes = new Hono<CoursesEnv>()
  .get('/courses', async (c) => {
    const { limit, cursor, instrument, level } = parseInput(listCoursesQuerySchema, c.req.query());
    const { courses, mediaBaseUrl } = c.get('deps');
    const page = await courses.listPublished(limit, cursor ? decodeCursor(cursor, catalogCursorSchema) : undefined, { instrument, level });
    return c.json<CourseList>({
      items: page.items.map((course) => toCatalogSummary(course, mediaBaseUrl)),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    });
  })
  .get('/courses/:courseId', async (c) => {
    const { courseId } = parseInput(courseParamsSchema, c.req.param());
    const { courses, mediaBaseUrl } = c.get('deps');
    // Drafts are invisible to the public catalog: same answer as a course that does not exist.
    const course = await courses.getPublished(courseId);
    if (!course) throw new NotFoundError('Course not found');
    return c.json<CourseDetail>(toCourseDetail(course, mediaBaseUrl));
  });
