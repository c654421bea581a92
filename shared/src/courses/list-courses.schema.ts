import * as z from 'zod';
import { courseSummarySchema } from './course.schema';

export const COURSE_PAGE_DEFAULT = 20;
export const COURSE_PAGE_MAX = 50;

/** Query string of GET /api/courses. Strings in, because that is what a query string holds. */
export const listCoursesQuerySchema = z.object({
  limit: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(COURSE_PAGE_MAX, `must be at most ${COURSE_PAGE_MAX}`))
    .optional()
    .default(COURSE_PAGE_DEFAULT),
  cursor: z.string().min(1, 'must not be empty').max(1024, 'is too long').optional(),
});

export const courseListSchema = z.object({
  items: z.array(courseSummarySchema),
  nextCursor: z.string().nullable(),
});

export type ListCoursesQuery = z.infer<typeof listCoursesQuerySchema>;
export type CourseList = z.infer<typeof courseListSchema>;
