import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  adminSubmissionsQuerySchema,
  resourceIdSchema as id,
  submissionCommentRequestSchema,
  submissionReplyRequestSchema,
  type Submission,
  type SubmissionList,
} from '@lessonstage/shared';
import { requireAdmin } from '../auth/auth.middleware';
import { decodeCursor, encodeCursor } from '../lib/db/page-cursor';
import { BadRequestError, ConflictError, NotFoundError } from '../lib/http/http-errors';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { newId } from '../lib/new-id';
import { answeredNotice } from './exchange-notices';
import type { ExchangeEnv } from './exchange.deps';
import { NOT_FOUND } from './submission-access';
import { completeSubmissionUpload, uploadIdOfKey } from './submission-uploads';
import { toSubmission } from './submission-view';
import { SubmissionWriteRefused } from './submissions.repository';
import { positionCursorSchema } from './submissions.routes';

const submissionParams = z.object({ submissionId: id });

async function authorName(users: { get(userId: string): Promise<{ name: string } | undefined> }, userId: string): Promise<string> {
  return (await users.get(userId))?.name || 'Your teacher';
}

/** The teachers' side (admins): the queue, comments pinned to moments, an answer on video. */
export const submissionReviewRoutes = new Hono<ExchangeEnv>()
  .get('/admin/submissions', requireAdmin, async (c) => {
    const { status, limit, cursor } = parseInput(adminSubmissionsQuerySchema, c.req.query());
    const adminId = c.get('principal')!.userId;
    const page = await c.get('deps').submissions.pageByStatus(status, limit, cursor ? decodeCursor(cursor, positionCursorSchema) : undefined);
    return c.json<SubmissionList>({ items: page.items.map((r) => toSubmission(r, adminId)), nextCursor: page.next ? encodeCursor(page.next) : null });
  })
  .post('/submissions/:submissionId/comments', requireAdmin, async (c) => {
    const { submissionId } = parseInput(submissionParams, c.req.param());
    const { atMs, text } = await parseJsonBody(c, submissionCommentRequestSchema);
    const principal = c.get('principal')!;
    const { submissions, users, notifier } = c.get('deps');
    const stored = await submissions.get(submissionId);
    if (!stored) throw new NotFoundError(NOT_FOUND);
    if (atMs > stored.video.durationMs) throw new BadRequestError(`atMs: must be within the video (at most ${stored.video.durationMs})`, 'ValidationError');
    const comment = { commentId: newId('cm_'), atMs, text, authorId: principal.userId, authorName: await authorName(users, principal.userId), createdAt: new Date().toISOString() };
    let saved;
    try {
      saved = await submissions.addComment(submissionId, comment);
    } catch (error) {
      if (!(error instanceof SubmissionWriteRefused)) throw error;
      if (!(await submissions.get(submissionId))) throw new NotFoundError(NOT_FOUND);
      throw new ConflictError('This take has as many comments as it can hold', 'TooManyComments');
    }
    await notifier.notify(answeredNotice(saved, principal.userId, { atMs, text }));
    return c.json<Submission>(toSubmission(saved, principal.userId), 201);
  })
  .post('/submissions/:submissionId/reply', requireAdmin, async (c) => {
    const { submissionId } = parseInput(submissionParams, c.req.param());
    const request = await parseJsonBody(c, submissionReplyRequestSchema);
    const principal = c.get('principal')!;
    const { submissions, storage, notifier } = c.get('deps');
    uploadIdOfKey(request.key, principal.userId);
    if (!(await submissions.get(submissionId))) throw new NotFoundError(NOT_FOUND);
    const video = await completeSubmissionUpload(storage, request);
    let result;
    try {
      result = await submissions.setReply(submissionId, { ...video, authorId: principal.userId, createdAt: new Date().toISOString() });
    } catch (error) {
      await storage.deleteObject(video.key);
      if (error instanceof SubmissionWriteRefused) throw new NotFoundError(NOT_FOUND);
      throw error;
    }
    const replaced = result.before.reply?.key;
    if (replaced && replaced !== video.key) await storage.deleteObject(replaced);
    await notifier.notify(answeredNotice(result.after, principal.userId, 'video'));
    return c.json<Submission>(toSubmission(result.after, principal.userId), 201);
  });
