import * as z from '../validation/zod';
import { pageCursorSchema, pageLimitSchema, resourceIdSchema as id } from '../http/request-fields.schema';
import {
  COMMENT_MAX_LENGTH,
  SUBMISSION_MAX_BYTES,
  SUBMISSION_MAX_SECONDS,
  SUBMISSION_NOTE_MAX_LENGTH,
  SUBMISSION_STATUSES,
  type SubmissionStatus,
} from './exchange-rules';

export * from './exchange-rules';

const fileName = z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(200, 'must be at most 200 characters'));
const objectKey = z.string().check(z.minLength(1, 'is required'), z.maxLength(1024));
const multipartUploadId = z.string().check(z.minLength(1), z.maxLength(1024));
const parts = z
  .array(z.object({ partNumber: z.number().check(z.int(), z.minimum(1), z.maximum(10000)), etag: z.string().check(z.minLength(1), z.maxLength(200)) }))
  .check(z.maxLength(10000));

/** POST /api/submissions/uploads: upload URLs for a take (a student's) or an answer (a teacher's) on a lesson. */
export const submissionUploadRequestSchema = z.object({
  courseId: id,
  lessonId: id,
  fileName,
  contentType: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, 'is required'), z.maxLength(100)),
  sizeBytes: z.number().check(z.int('must be a whole number'), z.minimum(1, 'must be at least 1 byte'), z.maximum(SUBMISSION_MAX_BYTES, 'must be at most 500 MB')),
});

export const submissionUploadAbortRequestSchema = z.object({ key: objectKey, multipartUploadId });

/** The uploaded file a submission or an answer points at, once its bytes are in storage. */
const uploadedVideo = {
  key: objectKey,
  fileName,
  multipartUploadId: z.optional(multipartUploadId),
  parts: z.optional(parts),
  /** The browser's (or recorder's) reading of the length; the file's own header wins when it has one. */
  durationSec: z.number().check(z.positive('must be more than 0'), z.maximum(SUBMISSION_MAX_SECONDS, 'must be at most 10 minutes')),
};

/** POST /api/courses/:courseId/lessons/:lessonId/submissions */
export const submissionCreateRequestSchema = z.object({
  ...uploadedVideo,
  note: z.optional(z.string().check(z.trim(), z.maxLength(SUBMISSION_NOTE_MAX_LENGTH, `must be at most ${SUBMISSION_NOTE_MAX_LENGTH} characters`))),
});

/** POST /api/submissions/:submissionId/reply: the teacher's own video. */
export const submissionReplyRequestSchema = z.object(uploadedVideo);

/** PATCH /api/submissions/:submissionId */
export const submissionUpdateRequestSchema = z.object({ shared: z.boolean('must be true or false') });

/** POST /api/submissions/:submissionId/comments */
export const submissionCommentRequestSchema = z.object({
  atMs: z.number('must be a number').check(z.int('must be a whole number'), z.nonnegative('must be 0 or more')),
  text: z.string('is required').check(z.trim(), z.minLength(1, 'is required'), z.maxLength(COMMENT_MAX_LENGTH, `must be at most ${COMMENT_MAX_LENGTH} characters`)),
});

export const SUBMISSIONS_PAGE_DEFAULT = 20;
export const SUBMISSIONS_PAGE_MAX = 50;

/** GET /api/admin/submissions?status=awaiting, oldest first */
export const adminSubmissionsQuerySchema = z.object({
  status: z._default(z.enum(SUBMISSION_STATUSES, 'must be awaiting or answered'), 'awaiting'),
  limit: pageLimitSchema(SUBMISSIONS_PAGE_DEFAULT, SUBMISSIONS_PAGE_MAX),
  cursor: pageCursorSchema,
});

/** GET /api/me/submissions, newest first */
export const mySubmissionsQuerySchema = z.object({
  limit: pageLimitSchema(SUBMISSIONS_PAGE_DEFAULT, SUBMISSIONS_PAGE_MAX),
  cursor: pageCursorSchema,
});

export interface SubmissionComment {
  readonly commentId: string;
  readonly atMs: number;
  readonly text: string;
  readonly authorName: string;
  readonly createdAt: string;
}

/** The teacher's answer on video. */
export interface SubmissionReply {
  readonly durationMs: number;
  readonly createdAt: string;
}

/** A submission as lists show it (no media links: those expire; the detail route gives them). */
export interface Submission {
  readonly submissionId: string;
  readonly courseId: string;
  readonly lessonId: string;
  readonly courseTitle: string;
  readonly lessonTitle: string;
  readonly studentName: string;
  readonly note: string;
  readonly shared: boolean;
  readonly status: SubmissionStatus;
  readonly durationMs: number;
  readonly createdAt: string;
  readonly comments: readonly SubmissionComment[];
  readonly reply: SubmissionReply | null;
  /** Whether the caller sent it (may share and delete it). */
  readonly mine: boolean;
}

/** GET /api/submissions/:submissionId: with short-lived links to play the take and the answer. */
export interface SubmissionDetail extends Submission {
  readonly videoUrl: string;
  readonly replyUrl: string | null;
}

export interface SubmissionList {
  readonly items: readonly Submission[];
  readonly nextCursor: string | null;
}

export type SubmissionUploadRequest = z.input<typeof submissionUploadRequestSchema>;
export type SubmissionCreateRequest = z.input<typeof submissionCreateRequestSchema>;
export type SubmissionReplyRequest = z.input<typeof submissionReplyRequestSchema>;
export type SubmissionCommentRequest = z.input<typeof submissionCommentRequestSchema>;
