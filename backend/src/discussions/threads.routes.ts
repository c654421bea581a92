import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  pageCursorSchema,
  REPLIES_PAGE_SIZE,
  replyCreateRequestSchema,
  resourceIdSchema,
  threadCreateRequestSchema,
  threadIdSchema,
  THREADS_PAGE_SIZE,
  type DiscussionReply,
  type DiscussionThread,
  type ThreadDetail,
  type ThreadPage,
} from '@lessonstage/shared';
import { requireUser } from '../auth/auth.middleware';
import { NotFoundError } from '../lib/http/http-errors';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { assertMayDiscuss } from './discussion-access';
import { replyCursor, threadCursor } from './discussion-cursors';
import { authorFields, checkMoment, countPost, newReply, newThread, notifyThreadAuthor } from './discussion-posting';
import type { DiscussionsEnv } from './discussions.deps';
import { toReply, toThread, toThreadSummary } from './discussions.mapper';

const courseParams = z.object({ courseId: resourceIdSchema });
const threadParams = z.object({ threadId: threadIdSchema });
const pageQuery = z.object({ cursor: pageCursorSchema });

/** A course's threads and each thread with its replies: enrolled students, teachers and admins only. */
export const threadsRoutes = new Hono<DiscussionsEnv>()
  .get('/courses/:courseId/threads', requireUser, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const deps = c.get('deps');
    await assertMayDiscuss(deps, courseId, c.get('principal')!);
    const { cursor } = parseInput(pageQuery, c.req.query());
    const page = await deps.discussions.listThreads(courseId, THREADS_PAGE_SIZE, threadCursor.decode(cursor));
    return c.json<ThreadPage>({ items: page.items.map(toThreadSummary), nextCursor: threadCursor.encode(page.next) });
  })
  .post('/courses/:courseId/threads', requireUser, async (c) => {
    const { courseId } = parseInput(courseParams, c.req.param());
    const deps = c.get('deps');
    const principal = c.get('principal')!;
    const course = await assertMayDiscuss(deps, courseId, principal);
    const request = await parseJsonBody(c, threadCreateRequestSchema);
    checkMoment(course, request);
    await countPost(deps, principal.userId);
    const thread = newThread(courseId, await authorFields(deps, principal), request, new Date());
    await deps.discussions.createThread(thread);
    return c.json<DiscussionThread>(toThread(thread, course), 201);
  })
  .get('/threads/:threadId', requireUser, async (c) => {
    const { threadId } = parseInput(threadParams, c.req.param());
    const deps = c.get('deps');
    const thread = await deps.discussions.getThread(threadId);
    if (!thread) throw new NotFoundError('Thread not found');
    const course = await assertMayDiscuss(deps, thread.courseId, c.get('principal')!);
    const { cursor } = parseInput(pageQuery, c.req.query());
    const replies = await deps.discussions.listReplies(threadId, REPLIES_PAGE_SIZE, replyCursor.decode(cursor));
    return c.json<ThreadDetail>({ thread: toThread(thread, course), replies: { items: replies.items.map(toReply), nextCursor: replyCursor.encode(replies.next) } });
  })
  .post('/threads/:threadId/replies', requireUser, async (c) => {
    const { threadId } = parseInput(threadParams, c.req.param());
    const deps = c.get('deps');
    const principal = c.get('principal')!;
    const thread = await deps.discussions.getThread(threadId);
    if (!thread) throw new NotFoundError('Thread not found');
    await assertMayDiscuss(deps, thread.courseId, principal);
    const { text } = await parseJsonBody(c, replyCreateRequestSchema);
    await countPost(deps, principal.userId);
    const reply = newReply(thread, await authorFields(deps, principal), text, new Date());
    if (!(await deps.discussions.addReply(reply))) throw new NotFoundError('Thread not found');
    await notifyThreadAuthor(deps, thread, reply);
    return c.json<DiscussionReply>(toReply(reply), 201);
  });
