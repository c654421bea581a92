import { Hono, type Context } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  pageCursorSchema,
  postIdSchema,
  postReportRequestSchema,
  postUpdateRequestSchema,
  threadIdSchema,
  threadPinRequestSchema,
  type DiscussionReply,
  type DiscussionThread,
  type ReportedPost,
  type ReportQueuePage,
  type ThreadSummary,
} from '@lessonstage/shared';
import { requireAdmin, requireUser } from '../auth/auth.middleware';
import { BadRequestError, NotFoundError } from '../lib/http/http-errors';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { assertAuthor, assertMayDelete, assertMayDiscuss } from './discussion-access';
import { reportCursor } from './discussion-cursors';
import { isThread, postKeyOf, type PostRecord } from './discussion.record';
import type { DiscussionsEnv } from './discussions.deps';
import { toReply, toReportedPost, toThread, toThreadSummary } from './discussions.mapper';

const postParams = z.object({ postId: postIdSchema });
const threadParams = z.object({ threadId: threadIdSchema });
const pageQuery = z.object({ cursor: pageCursorSchema });
const REPORTS_PAGE_SIZE = 20;

/**
 * The post in the path, once the caller is known to be in its course's discussion: its thread is
 * read first, so whether a reply exists is told only to those who may read the thread.
 */
async function postInPath(c: Context<DiscussionsEnv>): Promise<PostRecord> {
  const { postId } = parseInput(postParams, c.req.param());
  const deps = c.get('deps');
  const { threadId } = postKeyOf(postId);
  const thread = await deps.discussions.getThread(threadId);
  if (!thread) throw new NotFoundError('Post not found');
  await assertMayDiscuss(deps, thread.courseId, c.get('principal')!);
  const post = postId === threadId ? thread : await deps.discussions.getPost(postId);
  if (!post) throw new NotFoundError('Post not found');
  return post;
}

/** A report's body is optional: no body is a report without a reason ("other"). */
async function reportBody(c: Context<DiscussionsEnv>) {
  return (await c.req.text()).trim() ? parseJsonBody(c, postReportRequestSchema) : parseInput(postReportRequestSchema, {});
}

/** Editing, deleting and reporting a post (a thread's opening post or a reply), and moderation. */
export const postsRoutes = new Hono<DiscussionsEnv>()
  .patch('/posts/:postId', requireUser, async (c) => {
    const post = await postInPath(c);
    const deps = c.get('deps');
    assertAuthor(post.authorId, c.get('principal')!);
    const { text, title } = await parseJsonBody(c, postUpdateRequestSchema);
    if (title !== undefined && !isThread(post)) throw new BadRequestError('title: only a thread has a title', 'ValidationError');
    const postId = isThread(post) ? post.threadId : post.postId;
    const edited = await deps.discussions.editPost(postId, post.authorId, { text, ...(title === undefined ? {} : { title }), editedAt: new Date().toISOString() });
    if (!edited) throw new NotFoundError('Post not found');
    if (!isThread(edited)) return c.json<DiscussionReply>(toReply(edited));
    return c.json<DiscussionThread>(toThread(edited, (await deps.courses.get(edited.courseId))!));
  })
  .delete('/posts/:postId', requireUser, async (c) => {
    const post = await postInPath(c);
    const deps = c.get('deps');
    assertMayDelete(post.authorId, c.get('principal')!);
    if (isThread(post)) await deps.discussions.deleteThread(post.threadId);
    else await deps.discussions.deleteReply(post);
    return c.body(null, 204);
  })
  .post('/posts/:postId/report', requireUser, async (c) => {
    const post = await postInPath(c);
    const { reason } = await reportBody(c);
    await c.get('deps').discussions.report(post, c.get('principal')!.userId, reason, new Date().toISOString());
    return c.body(null, 204);
  })
  .put('/threads/:threadId/pin', requireAdmin, async (c) => {
    const { threadId } = parseInput(threadParams, c.req.param());
    const { pinned } = await parseJsonBody(c, threadPinRequestSchema);
    const thread = await c.get('deps').discussions.setPinned(threadId, pinned);
    if (!thread) throw new NotFoundError('Thread not found');
    return c.json<ThreadSummary>(toThreadSummary(thread));
  })
  .get('/admin/reports', requireAdmin, async (c) => {
    const { cursor } = parseInput(pageQuery, c.req.query());
    const { discussions } = c.get('deps');
    const page = await discussions.reportQueue(REPORTS_PAGE_SIZE, reportCursor.decode(cursor));
    const titles = new Map<string, string>();
    for (const post of page.items) {
      if (titles.has(post.threadId)) continue;
      titles.set(post.threadId, isThread(post) ? post.title : ((await discussions.getThread(post.threadId))?.title ?? ''));
    }
    const items: ReportedPost[] = page.items.map((post) => toReportedPost(post, titles.get(post.threadId) ?? ''));
    return c.json<ReportQueuePage>({ items, nextCursor: reportCursor.encode(page.next) });
  })
  .post('/admin/reports/:postId/dismiss', requireAdmin, async (c) => {
    const { postId } = parseInput(postParams, c.req.param());
    if (!(await c.get('deps').discussions.dismissReports(postId))) throw new NotFoundError('No open report on this post');
    return c.body(null, 204);
  });
