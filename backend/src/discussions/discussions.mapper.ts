import type { DiscussionReply, DiscussionThread, PostAuthor, ReportedPost, ThreadSummary } from '@lessonstage/shared';
import type { CourseRecord } from '../courses/course.record';
import { isThread, type AuthorFields, type PostRecord, type ReplyRecord, type ThreadRecord } from './discussion.record';

function authorOf({ authorId, authorName, authorTeacher }: AuthorFields): PostAuthor {
  return { userId: authorId, name: authorName, teacher: authorTeacher };
}

export function toThreadSummary(thread: ThreadRecord): ThreadSummary {
  const { threadId, courseId, title, lessonId, atMs, pinned, replyCount, answered, createdAt, lastActivityAt } = thread;
  return {
    threadId,
    courseId,
    title,
    author: authorOf(thread),
    ...(lessonId ? { lessonId } : {}),
    ...(atMs === undefined ? {} : { atMs }),
    pinned,
    replyCount: Math.max(0, replyCount),
    answered,
    createdAt,
    lastActivityAt,
  };
}

export function toThread(thread: ThreadRecord, course: CourseRecord): DiscussionThread {
  const lessonTitle = thread.lessonId ? course.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === thread.lessonId)?.title : undefined;
  return {
    ...toThreadSummary(thread),
    postId: thread.threadId,
    text: thread.text,
    ...(thread.editedAt ? { editedAt: thread.editedAt } : {}),
    ...(lessonTitle ? { lessonTitle } : {}),
  };
}

export function toReply(reply: ReplyRecord): DiscussionReply {
  const { postId, threadId, text, createdAt, editedAt, teacherAnswer } = reply;
  return { postId, threadId, author: authorOf(reply), text, createdAt, ...(editedAt ? { editedAt } : {}), teacherAnswer };
}

/** A queued post; its thread's title is read separately for replies (`threadTitle`). */
export function toReportedPost(post: PostRecord, threadTitle: string): ReportedPost {
  return {
    postId: isThread(post) ? post.threadId : post.postId,
    threadId: post.threadId,
    courseId: post.courseId,
    threadTitle,
    author: authorOf(post),
    text: post.text,
    reportCount: post.reportCount ?? 0,
    reasons: [...(post.reportReasons ?? [])].sort(),
    firstReportedAt: (post.reportKey ?? '').split('#')[0] ?? '',
  };
}
