import { randomBytes } from 'node:crypto';
import type { ReportReason } from '@lessonstage/shared';

export const THREAD_ITEM = 'thread';
export const REPLY_PREFIX = 'reply#';
export const REPORT_PREFIX = 'report#';
/** The one partition of the moderation queue (byReport); resolved posts leave it. */
export const OPEN_REPORTS = 'OPEN';

/** Who wrote a post, copied onto it when written so a page needs no user reads. */
export interface AuthorFields {
  readonly authorId: string;
  readonly authorName: string;
  /** Written by a teacher (an admin). */
  readonly authorTeacher: boolean;
}

/** Set on a post while it waits in the moderation queue. */
export interface ReportFields {
  readonly reportQueue?: string;
  readonly reportKey?: string;
  readonly reportCount?: number;
  readonly reportReasons?: Set<ReportReason>;
}

/** A thread's item: its opening post, its place in the course's list and its counters. */
export interface ThreadRecord extends AuthorFields, ReportFields {
  readonly threadId: string;
  readonly itemKey: typeof THREAD_ITEM;
  readonly courseId: string;
  /** `<1 pinned | 0>#<lastActivityAt>#<threadId>`: the byCourse sort key. */
  readonly listKey: string;
  readonly title: string;
  readonly text: string;
  readonly lessonId?: string;
  readonly atMs?: number;
  readonly pinned: boolean;
  readonly replyCount: number;
  readonly answered: boolean;
  readonly createdAt: string;
  readonly lastActivityAt: string;
  readonly editedAt?: string;
}

export interface ReplyRecord extends AuthorFields, ReportFields {
  readonly threadId: string;
  /** `reply#<replyId>` */
  readonly itemKey: string;
  readonly postId: string;
  /** Copied from the thread, for the moderation queue (replies carry no listKey: not in byCourse). */
  readonly courseId: string;
  readonly text: string;
  readonly teacherAnswer: boolean;
  readonly createdAt: string;
  readonly editedAt?: string;
}

export type PostRecord = ThreadRecord | ReplyRecord;

export function isThread(post: PostRecord): post is ThreadRecord {
  return post.itemKey === THREAD_ITEM;
}

export function listKeyOf(pinned: boolean, lastActivityAt: string, threadId: string): string {
  return `${pinned ? '1' : '0'}#${lastActivityAt}#${threadId}`;
}

/**
 * A lower-case id that sorts by creation time (milliseconds in base 36, then randomness), so
 * a thread's replies are in order by key and ids carry no `_`, the reply post id's separator.
 */
export function timeOrderedId(nowMs: number): string {
  const random = [...randomBytes(8)].map((byte) => (byte % 36).toString(36)).join('');
  return `${nowMs.toString(36).padStart(9, '0')}${random}`;
}

/** A reply's post id names its thread, so PATCH/DELETE/report find the post by key, never by search. */
export function replyPostId(threadId: string, replyId: string): string {
  return `${threadId}_${replyId}`;
}

/** Where a post lives: a thread id alone is the thread's opening post. */
export function postKeyOf(postId: string): { threadId: string; itemKey: string } {
  const [threadId, replyId] = postId.split('_') as [string, string | undefined];
  return { threadId, itemKey: replyId ? `${REPLY_PREFIX}${replyId}` : THREAD_ITEM };
}
