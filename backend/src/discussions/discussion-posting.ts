import type { ThreadCreateRequest } from '@lessonstage/shared';
import type { CourseRecord } from '../courses/course.record';
import { BadRequestError } from '../lib/http/http-errors';
import type { Principal } from '../lib/http/principal';
import { DEFAULT_POST_RATE_LIMIT, type DiscussionsDeps } from './discussions.deps';
import { listKeyOf, replyPostId, REPLY_PREFIX, timeOrderedId, type AuthorFields, type ReplyRecord, type ThreadRecord } from './discussion.record';

type ThreadFields = Omit<ThreadCreateRequest, 'title' | 'text'>;

/** A moment needs its lesson, and must fall inside it. */
export function checkMoment(course: CourseRecord, { lessonId, atMs }: ThreadFields): void {
  if (lessonId === undefined) {
    if (atMs !== undefined) throw new BadRequestError('atMs: needs a lessonId', 'ValidationError');
    return;
  }
  const lesson = course.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === lessonId);
  if (!lesson) throw new BadRequestError('lessonId: no such lesson in this course', 'ValidationError');
  if (atMs !== undefined && atMs > lesson.durationSec * 1000) {
    throw new BadRequestError(`atMs: beyond the lesson's end (${lesson.durationSec * 1000} ms)`, 'ValidationError');
  }
}

/** Counts one post against the user's window: 429 with Retry-After past the limit. */
export async function countPost(deps: Pick<DiscussionsDeps, 'rateLimiter' | 'postRateLimit'>, userId: string): Promise<void> {
  const { posts, windowSeconds } = deps.postRateLimit ?? DEFAULT_POST_RATE_LIMIT;
  await deps.rateLimiter.hit(`discussion-post#${userId}`, posts, windowSeconds);
}

export async function authorFields(deps: Pick<DiscussionsDeps, 'users'>, principal: Principal): Promise<AuthorFields> {
  const user = await deps.users.get(principal.userId);
  const teacher = principal.role === 'admin';
  return { authorId: principal.userId, authorName: user?.name || (teacher ? 'Teacher' : 'Student'), authorTeacher: teacher };
}

export function newThread(courseId: string, author: AuthorFields, request: { title: string; text: string } & ThreadFields, now: Date): ThreadRecord {
  const threadId = timeOrderedId(now.getTime());
  const at = now.toISOString();
  return {
    threadId,
    itemKey: 'thread',
    courseId,
    listKey: listKeyOf(false, at, threadId),
    title: request.title,
    text: request.text,
    ...(request.lessonId ? { lessonId: request.lessonId } : {}),
    ...(request.atMs === undefined ? {} : { atMs: request.atMs }),
    ...author,
    pinned: false,
    replyCount: 0,
    answered: false,
    createdAt: at,
    lastActivityAt: at,
  };
}

export function newReply(thread: ThreadRecord, author: AuthorFields, text: string, now: Date): ReplyRecord {
  const replyId = timeOrderedId(now.getTime());
  return {
    threadId: thread.threadId,
    itemKey: `${REPLY_PREFIX}${replyId}`,
    postId: replyPostId(thread.threadId, replyId),
    courseId: thread.courseId,
    text,
    ...author,
    teacherAnswer: author.authorTeacher,
    createdAt: now.toISOString(),
  };
}

/** Tells the thread's author someone else replied (the teacher's answer said as such). */
export async function notifyThreadAuthor(deps: Pick<DiscussionsDeps, 'notifier'>, thread: ThreadRecord, reply: ReplyRecord): Promise<void> {
  if (reply.authorId === thread.authorId) return;
  const title = reply.teacherAnswer ? `Your teacher answered “${thread.title}”` : `${reply.authorName} replied to “${thread.title}”`;
  await deps.notifier.notify([
    { userId: thread.authorId, kind: 'thread-answered', title, text: reply.text, link: `/courses/${thread.courseId}/discussion/${thread.threadId}` },
  ]);
}
