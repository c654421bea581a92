import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  mySubmissionsQuerySchema,
  resourceIdSchema as id,
  submissionCreateRequestSchema,
  submissionUpdateRequestSchema,
  submissionUploadAbortRequestSchema,
  submissionUploadRequestSchema,
  type Submission,
  type SubmissionDetail,
  type SubmissionList,
  type UploadTicket,
} from '@lessonstage/shared';
import { requireUser } from '../auth/auth.middleware';
import { decodeCursor, encodeCursor } from '../lib/db/page-cursor';
import { ConflictError, NotFoundError } from '../lib/http/http-errors';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { receivedNotice } from './exchange-notices';
import type { ExchangeEnv } from './exchange.deps';
import { assertMaySee, enrolledLesson, NOT_FOUND } from './submission-access';
import { ownerLessonKeyOf, type SubmissionRecord } from './submission.record';
import { completeSubmissionUpload, submissionUploadTicket, uploadIdOfKey } from './submission-uploads';
import { toSubmission, toSubmissionDetail } from './submission-view';
import { SubmissionWriteRefused } from './submissions.repository';

const lessonParams = z.object({ courseId: id, lessonId: id });
const submissionParams = z.object({ submissionId: id });
export const positionCursorSchema = z.strictObject({ submissionId: id, createdAt: z.string().check(z.minLength(1), z.maxLength(64)) });
/** A lesson lists the caller's own takes and the class's shared ones, the newest of each. */
const LESSON_LIST_LIMIT = 50;

/** A student's side of the exchange: upload a take, send it, list, share, delete; see shared ones. */
export const submissionsRoutes = new Hono<ExchangeEnv>()
  .post('/submissions/uploads', requireUser, async (c) => {
    const request = await parseJsonBody(c, submissionUploadRequestSchema);
    const principal = c.get('principal')!;
    await enrolledLesson(c.get('deps'), principal, request.courseId, request.lessonId);
    const { storage, uploads } = c.get('deps');
    return c.json<UploadTicket>(await submissionUploadTicket(storage, uploads, principal.userId, request.contentType, request.sizeBytes), 201);
  })
  .post('/submissions/uploads/abort', requireUser, async (c) => {
    const { key, multipartUploadId } = await parseJsonBody(c, submissionUploadAbortRequestSchema);
    uploadIdOfKey(key, c.get('principal')!.userId);
    await c.get('deps').storage.abortMultipart(key, multipartUploadId);
    return c.json({ aborted: true });
  })
  .post('/courses/:courseId/lessons/:lessonId/submissions', requireUser, async (c) => {
    const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
    const request = await parseJsonBody(c, submissionCreateRequestSchema);
    const principal = c.get('principal')!;
    const deps = c.get('deps');
    const { course, lesson } = await enrolledLesson(deps, principal, courseId, lessonId);
    const submissionId = uploadIdOfKey(request.key, principal.userId);
    if (await deps.submissions.get(submissionId)) throw new ConflictError('This upload was already sent', 'AlreadySent');
    const video = await completeSubmissionUpload(deps.storage, request);
    const record: SubmissionRecord = {
      submissionId,
      userId: principal.userId,
      courseId,
      lessonId,
      ownerLessonKey: ownerLessonKeyOf(principal.userId, courseId, lessonId),
      status: 'awaiting',
      shared: false,
      createdAt: new Date().toISOString(),
      courseTitle: course.title,
      lessonTitle: lesson.title,
      studentName: (await deps.users.get(principal.userId))?.name ?? 'A student',
      note: request.note ?? '',
      video,
      comments: [],
    };
    try {
      await deps.submissions.create(record);
    } catch (error) {
      if (error instanceof SubmissionWriteRefused) throw new ConflictError('This upload was already sent', 'AlreadySent');
      throw error;
    }
    await deps.notifier.notify(receivedNotice(record, course.teacherId));
    return c.json<Submission>(toSubmission(record, principal.userId), 201);
  })
  .get('/courses/:courseId/lessons/:lessonId/submissions', requireUser, async (c) => {
    const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
    const principal = c.get('principal')!;
    const deps = c.get('deps');
    await enrolledLesson(deps, principal, courseId, lessonId);
    const records = await deps.submissions.listForLesson(principal.userId, courseId, lessonId, LESSON_LIST_LIMIT);
    return c.json<SubmissionList>({ items: records.map((r) => toSubmission(r, principal.userId)), nextCursor: null });
  })
  .get('/me/submissions', requireUser, async (c) => {
    const { limit, cursor } = parseInput(mySubmissionsQuerySchema, c.req.query());
    const userId = c.get('principal')!.userId;
    const page = await c.get('deps').submissions.pageByOwner(userId, limit, cursor ? decodeCursor(cursor, positionCursorSchema) : undefined);
    return c.json<SubmissionList>({ items: page.items.map((r) => toSubmission(r, userId)), nextCursor: page.next ? encodeCursor(page.next) : null });
  })
  .get('/submissions/:submissionId', requireUser, async (c) => {
    const { submissionId } = parseInput(submissionParams, c.req.param());
    const principal = c.get('principal')!;
    const { submissions, enrollments, objectLinks } = c.get('deps');
    const record = await assertMaySee(await submissions.get(submissionId), principal, enrollments);
    return c.json<SubmissionDetail>(await toSubmissionDetail(record, principal.userId, objectLinks));
  })
  .patch('/submissions/:submissionId', requireUser, async (c) => {
    const { submissionId } = parseInput(submissionParams, c.req.param());
    const { shared } = await parseJsonBody(c, submissionUpdateRequestSchema);
    const userId = c.get('principal')!.userId;
    try {
      return c.json<Submission>(toSubmission(await c.get('deps').submissions.setShared(submissionId, userId, shared), userId));
    } catch (error) {
      if (error instanceof SubmissionWriteRefused) throw new NotFoundError(NOT_FOUND);
      throw error;
    }
  })
  .delete('/submissions/:submissionId', requireUser, async (c) => {
    const { submissionId } = parseInput(submissionParams, c.req.param());
    const principal = c.get('principal')!;
    const { submissions, storage } = c.get('deps');
    const stored = await submissions.get(submissionId);
    if (!stored || (stored.userId !== principal.userId && principal.role !== 'admin')) throw new NotFoundError(NOT_FOUND);
    const deleted = await submissions.delete(submissionId);
    // The record goes first: a failure after it leaves only an unlisted file, never a take without its video.
    for (const key of [deleted?.video.key, deleted?.reply?.key]) if (key) await storage.deleteObject(key);
    return c.body(null, 204);
  });
