import * as z from 'zod';
import { courseSummarySchema } from '../courses/course.schema';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id');

export const checkoutRequestSchema = z.object({ courseId: id });

/** `sessionUrl` is Stripe's (or the local) checkout page; null when a free course enrolled at once. */
export const checkoutResponseSchema = z.object({ sessionUrl: z.string().nullable(), enrolled: z.boolean() });

export const PURCHASE_STATUSES = ['paid', 'refunded', 'disputed'] as const;

export const purchaseSchema = z.object({
  paymentId: z.string(),
  checkoutSessionId: z.string().optional(),
  userId: z.string(),
  courseId: z.string(),
  courseTitle: z.string().optional(),
  amountCents: z.number(),
  currency: z.string(),
  status: z.enum(PURCHASE_STATUSES),
  createdAt: z.string(),
  paidAt: z.string().optional(),
  refundedAt: z.string().optional(),
});

export const purchaseListSchema = z.object({ items: z.array(purchaseSchema), nextCursor: z.string().nullable() });

export const myCourseSchema = z.object({
  course: courseSummarySchema,
  enrolledAt: z.string(),
  completedLessons: z.number(),
  totalLessons: z.number(),
});

export const lessonProgressRequestSchema = z.object({
  positionSec: z.number().min(0, 'must not be negative').max(24 * 3600, 'is too large'),
  completed: z.boolean().optional(),
});

export const lessonProgressSchema = z.object({ lessonId: z.string(), positionSec: z.number(), completed: z.boolean(), updatedAt: z.string() });

export type CheckoutResponse = z.infer<typeof checkoutResponseSchema>;
export type Purchase = z.infer<typeof purchaseSchema>;
export type PurchaseList = z.infer<typeof purchaseListSchema>;
export type MyCourse = z.infer<typeof myCourseSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
