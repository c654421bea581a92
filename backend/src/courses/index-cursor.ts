import * as z from '@lessonstage/shared/zod';
import { ALL_COURSES_PARTITION, PUBLISHED_PARTITION } from './course.record';

/** Position after which the next page of the catalog index starts. */
export const catalogCursorSchema = z.strictObject({
  courseId: z.string().check(z.minLength(1), z.maxLength(64)),
  catalogPartition: z.literal(PUBLISHED_PARTITION),
  catalogSortKey: z.string().check(z.minLength(1), z.maxLength(200)),
});

/** Position after which the next page of the admin list starts. */
export const listCursorSchema = z.strictObject({
  courseId: z.string().check(z.minLength(1), z.maxLength(64)),
  listPartition: z.literal(ALL_COURSES_PARTITION),
  listSortKey: z.string().check(z.minLength(1), z.maxLength(200)),
});

export type CatalogCursor = z.infer<typeof catalogCursorSchema>;
export type ListCursor = z.infer<typeof listCursorSchema>;

export { decodeCursor, encodeCursor } from '../lib/db/page-cursor';
