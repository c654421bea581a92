import * as z from 'zod';
import { currencySchema, instrumentSchema, levelSchema } from '../courses/course.schema';
import { MAX_PRICE_CENTS, MAX_VIDEO_SECONDS, UPLOAD_KINDS } from './authoring-rules';

const title = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id');
/** Optimistic concurrency: every change names the version it was made against (409 when stale). */
const version = z.number().int().nonnegative();

export const courseDraftRequestSchema = z.object({
  title,
  description: z.string().trim().max(2000, 'must be at most 2000 characters').default(''),
  instrument: instrumentSchema,
  level: levelSchema,
  priceCents: z.number().int('must be a whole number of cents').min(0, 'must not be negative').max(MAX_PRICE_CENTS, 'is too high'),
  currency: currencySchema,
});

export const courseUpdateRequestSchema = courseDraftRequestSchema.partial().extend({ version });
export const titleRequestSchema = z.object({ title, version });
export const lessonUpdateRequestSchema = z.object({ title: title.optional(), preview: z.boolean().optional(), version });
export const versionOnlyRequestSchema = z.object({ version });

export const outlineRequestSchema = z.object({
  version,
  sections: z
    .array(z.object({ sectionId: id, lessonIds: z.array(id).max(500) }))
    .max(100),
});

export { MAX_PRICE_CENTS, MAX_VIDEO_SECONDS, MULTIPART_THRESHOLD_BYTES, UPLOAD_KINDS, UPLOAD_RULES, type UploadKind } from './authoring-rules';

export const uploadRequestSchema = z.object({
  courseId: id,
  lessonId: id.optional(),
  kind: z.enum(UPLOAD_KINDS),
  fileName: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  contentType: z.string().trim().toLowerCase().min(1, 'is required').max(100),
  sizeBytes: z.number().int('must be a whole number').min(1, 'must be at least 1 byte'),
});

export const uploadTicketSchema = z.object({
  key: z.string(),
  expiresAt: z.string(),
  single: z.object({ url: z.string(), headers: z.record(z.string(), z.string()) }).optional(),
  multipart: z
    .object({
      uploadId: z.string(),
      partSize: z.number(),
      parts: z.array(z.object({ partNumber: z.number(), url: z.string(), sizeBytes: z.number() })),
    })
    .optional(),
});

export const uploadCompleteRequestSchema = z.object({
  courseId: id,
  lessonId: id.optional(),
  kind: z.enum(UPLOAD_KINDS),
  key: z.string().min(1).max(1024),
  fileName: z.string().trim().min(1).max(200),
  multipartUploadId: z.string().min(1).max(1024).optional(),
  parts: z.array(z.object({ partNumber: z.number().int().min(1).max(10000), etag: z.string().min(1).max(200) })).max(10000).optional(),
  /** The browser's reading of the video's duration, used when the file's own header has none we can read. */
  durationSec: z.number().nonnegative().max(MAX_VIDEO_SECONDS).optional(),
});

export const uploadAbortRequestSchema = z.object({
  courseId: id,
  key: z.string().min(1).max(1024),
  multipartUploadId: z.string().min(1).max(1024),
});

export type CourseDraftRequest = z.input<typeof courseDraftRequestSchema>;
export type CourseUpdateRequest = z.input<typeof courseUpdateRequestSchema>;
export type OutlineRequest = z.input<typeof outlineRequestSchema>;
export type UploadRequest = z.input<typeof uploadRequestSchema>;
export type UploadTicket = z.infer<typeof uploadTicketSchema>;
export type UploadCompleteRequest = z.input<typeof uploadCompleteRequestSchema>;
