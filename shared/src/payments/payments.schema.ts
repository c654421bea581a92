import * as z from '../validation/zod';
import { courseSummarySchema } from '../courses/course.schema';
import { pageCursorSchema, pageLimitSchema, resourceIdSchema } from '../http/request-fields.schema';

export const checkoutRequestSchema = z.object({ courseId: resourceIdSchema });

/** `sessionUrl` is Stripe's (or the local) checkout page; null when a free course enrolled at once. */
export const checkoutResponseSchema = z.object({ sessionUrl: z.nullable(z.string()), enrolled: z.boolean() });

export const PURCHASE_STATUSES = ['paid', 'refunded', 'disputed'] as const;

export const purchaseSchema = z.object({
  paymentId: z.string(),
  checkoutSessionId: z.optional(z.string()),
  userId: z.string(),
  courseId: z.string(),
  courseTitle: z.optional(z.string()),
  /** Who bought, as their account read when the payment was recorded (or, for older purchases, when listed). */
  buyerName: z.optional(z.string()),
  buyerEmail: z.optional(z.string()),
  amountCents: z.number(),
  currency: z.string(),
  status: z.enum(PURCHASE_STATUSES),
  createdAt: z.string(),
  paidAt: z.optional(z.string()),
  refundedAt: z.optional(z.string()),
});

/** A calendar day, YYYY-MM-DD, as a date input sends it. */
const dayParamSchema = z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')));

/** The admin list's filters: text in the buyer's e-mail or name or the course, a status, and a range of days (UTC, both included). */
export const purchaseFiltersSchema = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200, 'must be at most 200 characters'))),
  status: z.optional(z.enum(PURCHASE_STATUSES, 'must be paid, refunded or disputed')),
  from: dayParamSchema,
  to: dayParamSchema,
});

export const purchaseListSchema = z.object({ items: z.array(purchaseSchema), nextCursor: z.nullable(z.string()) });

export const myCourseSchema = z.object({
  course: courseSummarySchema,
  enrolledAt: z.string(),
  completedLessons: z.number(),
  totalLessons: z.number(),
});

export const MY_COURSES_PAGE_DEFAULT = 24;
export const MY_COURSES_PAGE_MAX = 100;

/** Query string of GET /api/me/courses. */
export const myCoursesQuerySchema = z.object({
  limit: pageLimitSchema(MY_COURSES_PAGE_DEFAULT, MY_COURSES_PAGE_MAX),
  cursor: pageCursorSchema,
});

/** One page of My courses, newest enrollment first. */
export const myCourseListSchema = z.object({ items: z.array(myCourseSchema), nextCursor: z.nullable(z.string()) });

/** Every course the student is actively enrolled in (GET /api/me/course-ids), for "Owned" marks. */
export const myCourseIdsSchema = z.object({ courseIds: z.array(z.string()) });

export const lessonProgressRequestSchema = z.object({
  positionSec: z.number().check(z.minimum(0, 'must not be negative'), z.maximum(24 * 3600, 'is too large')),
  completed: z.optional(z.boolean()),
});

export const lessonProgressSchema = z.object({ lessonId: z.string(), positionSec: z.number(), completed: z.boolean(), updatedAt: z.string() });

export type CheckoutResponse = z.infer<typeof checkoutResponseSchema>;
export type Purchase = z.infer<typeof purchaseSchema>;
export type PurchaseFilters = z.infer<typeof purchaseFiltersSchema>;
export type PurchaseList = z.infer<typeof purchaseListSchema>;
export type MyCourse = z.infer<typeof myCourseSchema>;
export type MyCourseList = z.infer<typeof myCourseListSchema>;
export type MyCourseIds = z.infer<typeof myCourseIdsSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
