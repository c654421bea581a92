import * as z from '../validation/zod';

import { resourceIdSchema } from '../http/request-fields.schema';
import { MAX_POST_TEXT_LENGTH, MAX_THREAD_TITLE_LENGTH } from './discussion-rules';

/** Text trimmed first, so a title of spaces is empty. */
const trimmedText = (max: number) =>
  z.pipe(
    z.pipe(z.string('must be text'), z.transform((value: string) => value.trim())),
    z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`)),
  );

export const threadTitleSchema = trimmedText(MAX_THREAD_TITLE_LENGTH);
export const postTextSchema = trimmedText(MAX_POST_TEXT_LENGTH);

/** POST /api/courses/:courseId/threads: a moment (`atMs`) only with its lesson. */
export const threadCreateRequestSchema = z.object({
  title: threadTitleSchema,
  text: postTextSchema,
  lessonId: z.optional(resourceIdSchema),
  atMs: z.optional(z.number('must be a number').check(z.int('must be a whole number of milliseconds'), z.nonnegative('must not be negative'))),
});
export type ThreadCreateRequest = z.input<typeof threadCreateRequestSchema>;

/** POST /api/threads/:threadId/replies */
export const replyCreateRequestSchema = z.object({ text: postTextSchema });
export type ReplyCreateRequest = z.input<typeof replyCreateRequestSchema>;

/** PATCH /api/posts/:postId: a thread's opening post may change its title too. */
export const postUpdateRequestSchema = z.object({ text: postTextSchema, title: z.optional(threadTitleSchema) });
export type PostUpdateRequest = z.input<typeof postUpdateRequestSchema>;

/** PUT /api/threads/:threadId/pin (admins) */
export const threadPinRequestSchema = z.object({ pinned: z.boolean('must be true or false') });
export type ThreadPinRequest = z.input<typeof threadPinRequestSchema>;

export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** POST /api/posts/:postId/report */
export const postReportRequestSchema = z.object({ reason: z._default(z.enum(REPORT_REASONS, 'must be spam, abuse, off-topic or other'), 'other') });
export type PostReportRequest = z.input<typeof postReportRequestSchema>;

/** A thread's id; its opening post has the same id. */
export const threadIdSchema = z.string().check(z.regex(/^[a-z0-9]{1,40}$/, 'must be a thread id'));
/** A post: a thread's id (its opening post) or `<threadId>_<replyId>` (a reply), so a post is found by key. */
export const postIdSchema = z.string().check(z.regex(/^[a-z0-9]{1,40}(_[a-z0-9]{1,40})?$/, 'must be a post id'));

/** Who wrote a post, as the post shows it. */
export interface PostAuthor {
  readonly userId: string;
  readonly name: string;
  /** A teacher (an admin) wrote it. */
  readonly teacher: boolean;
}

/** A reply in a thread; `teacherAnswer` when a teacher (an admin) wrote it. */
export interface DiscussionReply {
  readonly postId: string;
  readonly threadId: string;
  readonly author: PostAuthor;
  readonly text: string;
  readonly createdAt: string;
  readonly editedAt?: string;
  readonly teacherAnswer: boolean;
}

/** A thread as listed: its opening post's text is only in the thread's own page. */
export interface ThreadSummary {
  readonly threadId: string;
  readonly courseId: string;
  readonly title: string;
  readonly author: PostAuthor;
  readonly lessonId?: string;
  readonly atMs?: number;
  readonly pinned: boolean;
  readonly replyCount: number;
  /** A teacher has replied. */
  readonly answered: boolean;
  readonly createdAt: string;
  readonly lastActivityAt: string;
}

/** GET /api/courses/:courseId/threads: pinned threads first, then by latest activity, newest first. */
export interface ThreadPage {
  readonly items: readonly ThreadSummary[];
  readonly nextCursor: string | null;
}

/** The thread's opening post: its postId is the threadId. */
export interface DiscussionThread extends ThreadSummary {
  readonly postId: string;
  readonly text: string;
  readonly editedAt?: string;
  readonly lessonTitle?: string;
}

/** GET /api/threads/:threadId: the thread and one page of its replies, oldest first. */
export interface ThreadDetail {
  readonly thread: DiscussionThread;
  readonly replies: { readonly items: readonly DiscussionReply[]; readonly nextCursor: string | null };
}

/** One reported post in the moderation queue (GET /api/admin/reports), oldest report first. */
export interface ReportedPost {
  readonly postId: string;
  readonly threadId: string;
  readonly courseId: string;
  readonly threadTitle: string;
  readonly author: PostAuthor;
  readonly text: string;
  readonly reportCount: number;
  readonly reasons: readonly ReportReason[];
  readonly firstReportedAt: string;
}

export interface ReportQueuePage {
  readonly items: readonly ReportedPost[];
  readonly nextCursor: string | null;
}
