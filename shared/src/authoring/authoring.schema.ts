import * as z from '../validation/zod';
import { currencySchema, instrumentSchema, levelSchema } from '../courses/course.schema';
import { resourceIdSchema as id } from '../http/request-fields.schema';
import { CAPTION_LABEL_MAX_LENGTH, canonicalLanguageTag, LESSON_DESCRIPTION_MAX_LENGTH, MAX_PRICE_CENTS, MAX_VIDEO_SECONDS, UPLOAD_KINDS } from './authoring-rules';

const title = z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(200, 'must be at most 200 characters'));
/** Optimistic concurrency: every change names the version it was made against (409 when stale). */
const version = z.number().check(z.int(), z.nonnegative());

export const courseDraftRequestSchema = z.object({
  title,
  description: z._default(z.string().check(z.trim(), z.maxLength(2000, 'must be at most 2000 characters')), ''),
  instrument: instrumentSchema,
  level: levelSchema,
  priceCents: z.number().check(z.int('must be a whole number of cents'), z.minimum(0, 'must not be negative'), z.maximum(MAX_PRICE_CENTS, 'is too high')),
  currency: currencySchema,
});

export const courseUpdateRequestSchema = z.extend(z.partial(courseDraftRequestSchema), { version });
export const titleRequestSchema = z.object({ title, version });
export const lessonUpdateRequestSchema = z.object({
  title: z.optional(title),
  preview: z.optional(z.boolean()),
  /** Markdown shown under the video; empty removes it. */
  description: z.optional(z.string().check(z.trim(), z.maxLength(LESSON_DESCRIPTION_MAX_LENGTH, `must be at most ${LESSON_DESCRIPTION_MAX_LENGTH} characters`))),
  version,
});
export const versionOnlyRequestSchema = z.object({ version });

export const outlineRequestSchema = z.object({
  version,
  sections: z.array(z.object({ sectionId: id, lessonIds: z.array(id).check(z.maxLength(500)) })).check(z.maxLength(100)),
});

export {
  acceptedFormats,
  CAPTION_LABEL_MAX_LENGTH,
  canonicalLanguageTag,
  captionContentType,
  languageName,
  DESCRIPTION_MIN_TO_PUBLISH,
  isAcceptedType,
  LESSON_DESCRIPTION_MAX_LENGTH,
  MAX_PRICE_CENTS,
  MAX_VIDEO_SECONDS,
  MULTIPART_THRESHOLD_BYTES,
  publishProblems,
  type PublishCheck,
  readableMaxSize,
  TEACHER_BIO_MAX_LENGTH,
  TEACHER_NAME_MAX_LENGTH,
  UPLOAD_FORMATS,
  UPLOAD_KINDS,
  UPLOAD_RULES,
  type UploadKind,
} from './authoring-rules';

export const uploadRequestSchema = z.object({
  courseId: id,
  lessonId: z.optional(id),
  kind: z.enum(UPLOAD_KINDS),
  fileName: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(200, 'must be at most 200 characters')),
  contentType: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, 'is required'), z.maxLength(100)),
  sizeBytes: z.number().check(z.int('must be a whole number'), z.minimum(1, 'must be at least 1 byte')),
});

export const uploadTicketSchema = z.object({
  key: z.string(),
  expiresAt: z.string(),
  single: z.optional(z.object({ url: z.string(), headers: z.record(z.string(), z.string()) })),
  multipart: z.optional(
    z.object({
      uploadId: z.string(),
      partSize: z.number(),
      parts: z.array(z.object({ partNumber: z.number(), url: z.string(), sizeBytes: z.number() })),
    }),
  ),
});

/** A captions language: a BCP 47 tag, made canonical ("pt-br" → "pt-BR"). */
export const captionLanguageSchema = z.pipe(
  z.string().check(z.refine((tag) => canonicalLanguageTag(tag) !== undefined, 'must be a language tag like en or pt-BR')),
  z.transform((tag: string) => canonicalLanguageTag(tag)!),
);

export const captionDetailsSchema = z.object({
  lang: captionLanguageSchema,
  label: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(CAPTION_LABEL_MAX_LENGTH, `must be at most ${CAPTION_LABEL_MAX_LENGTH} characters`)),
});

const objectKey = z.string().check(z.minLength(1), z.maxLength(1024));
const multipartUploadId = z.string().check(z.minLength(1), z.maxLength(1024));

export const uploadCompleteRequestSchema = z.object({
  courseId: id,
  lessonId: z.optional(id),
  kind: z.enum(UPLOAD_KINDS),
  key: objectKey,
  fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  multipartUploadId: z.optional(multipartUploadId),
  parts: z.optional(
    z.array(z.object({ partNumber: z.number().check(z.int(), z.minimum(1), z.maximum(10000)), etag: z.string().check(z.minLength(1), z.maxLength(200)) })).check(z.maxLength(10000)),
  ),
  /** The browser's reading of the video's duration, used when the file's own header has none we can read. */
  durationSec: z.optional(z.number().check(z.nonnegative(), z.maximum(MAX_VIDEO_SECONDS))),
  /** For captions uploads: the language they are in and what the captions menu calls them. */
  captions: z.optional(captionDetailsSchema),
});

export const uploadAbortRequestSchema = z.object({
  courseId: id,
  key: objectKey,
  multipartUploadId,
});

export type CourseDraftRequest = z.input<typeof courseDraftRequestSchema>;
export type CourseUpdateRequest = z.input<typeof courseUpdateRequestSchema>;
export type OutlineRequest = z.input<typeof outlineRequestSchema>;
export type UploadRequest = z.input<typeof uploadRequestSchema>;
export type UploadTicket = z.infer<typeof uploadTicketSchema>;
export type UploadCompleteRequest = z.input<typeof uploadCompleteRequestSchema>;
