import * as z from '../validation/zod';
import { pageCursorSchema, pageLimitSchema } from '../http/request-fields.schema';
import { courseSummarySchema, instrumentSchema, levelSchema } from './course.schema';

export const COURSE_PAGE_DEFAULT = 20;
export const COURSE_PAGE_MAX = 50;

/** Query string of GET /api/courses. */
export const listCoursesQuerySchema = z.object({
  limit: pageLimitSchema(COURSE_PAGE_DEFAULT, COURSE_PAGE_MAX),
  cursor: pageCursorSchema,
  /** Only courses for this instrument / at this level (either, both or neither). */
  instrument: z.optional(instrumentSchema),
  level: z.optional(levelSchema),
});

export const courseListSchema = z.object({
  items: z.array(courseSummarySchema),
  nextCursor: z.nullable(z.string()),
});

export type ListCoursesQuery = z.infer<typeof listCoursesQuerySchema>;
export type CourseList = z.infer<typeof courseListSchema>;
