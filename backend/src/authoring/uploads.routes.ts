import { Hono } from 'hono';
import { uploadAbortRequestSchema, uploadCompleteRequestSchema, uploadRequestSchema, type AdminCourse, type UploadTicket } from '@lessonstage/shared';
import { requireAdmin } from '../auth/auth.middleware';
import type { CourseRecord, StoredFileRecord } from '../courses/course.record';
import type { AuthoringEnv } from './authoring.deps';
import { BadRequestError } from '../lib/http/http-errors';
import { parseJsonBody } from '../lib/http/validate';
import { adminCourseView } from './admin-course-view';
import { addMaterial, attachScore, attachVideo, findLessonRecord } from './course-outline';
import { editLatest, loadCourse } from './course-editing';
import { attachUploadedCaptions } from './lesson-captions-upload';
import { deleteReplacedStream } from './lesson-files';
import { queueTranscode, uploadJobId } from '../transcoding/transcode-jobs';
import { assertKeyBelongs, uploadKey } from './upload-keys';
import { assertAllowedSize, assertAllowedType, MULTIPART_UPLOAD_SECONDS, partSizeFor, SINGLE_UPLOAD_SECONDS, usesMultipart } from './upload-policy';
import { readScoreFormat } from './score-format';
import { storedVideoDurationSec } from './video-duration';

function assertLessonTarget(course: CourseRecord, kind: string, lessonId?: string): void {
  if (kind === 'thumbnail') return;
  if (!lessonId) throw new BadRequestError(`lessonId: is required for ${kind} uploads`, 'ValidationError');
  if (!findLessonRecord(course, lessonId)) throw new BadRequestError('lessonId: no such lesson in this course', 'ValidationError');
}

/**
 * Uploads go from the browser straight to storage. The API hands out presigned PUT URLs whose
 * signature covers Content-Type and Content-Length (so storage itself refuses any other file),
 * then records the object on the course once the browser says it is done and storage agrees.
 */
export const uploadsRoutes = new Hono<AuthoringEnv>()
  .post('/admin/uploads', requireAdmin, async (c) => {
    const request = await parseJsonBody(c, uploadRequestSchema);
    assertAllowedType(request.kind, request.contentType);
    assertAllowedSize(request.kind, request.sizeBytes);
    assertLessonTarget(await loadCourse(c, request.courseId), request.kind, request.lessonId);
    const { storage, uploads } = c.get('deps');
    const key = uploadKey(request.courseId, request.kind, request.fileName, request.contentType, request.lessonId);
    if (!usesMultipart(request.sizeBytes, uploads)) {
      const url = await storage.presignPut(key, request.contentType, request.sizeBytes, SINGLE_UPLOAD_SECONDS);
      return c.json<UploadTicket>(
        {
          key,
          expiresAt: new Date(Date.now() + SINGLE_UPLOAD_SECONDS * 1000).toISOString(),
          single: { url, headers: { 'Content-Type': request.contentType } },
        },
        201,
      );
    }
    const partSize = partSizeFor(request.sizeBytes, uploads);
    const { uploadId, parts } = await storage.startMultipart(key, request.contentType, request.sizeBytes, partSize, MULTIPART_UPLOAD_SECONDS);
    return c.json<UploadTicket>(
      { key, expiresAt: new Date(Date.now() + MULTIPART_UPLOAD_SECONDS * 1000).toISOString(), multipart: { uploadId, partSize, parts } },
      201,
    );
  })
  .post('/admin/uploads/complete', requireAdmin, async (c) => {
    const request = await parseJsonBody(c, uploadCompleteRequestSchema);
    assertKeyBelongs(request.key, request.courseId, request.kind, request.lessonId);
    assertLessonTarget(await loadCourse(c, request.courseId), request.kind, request.lessonId);
    const { storage } = c.get('deps');
    if (request.multipartUploadId) {
      if (!request.parts?.length) throw new BadRequestError('parts: are required to complete a multipart upload', 'ValidationError');
      await storage.completeMultipart(request.key, request.multipartUploadId, request.parts);
    }
    const stored = await storage.head(request.key);
    if (!stored) throw new BadRequestError('key: no uploaded file found; upload it first', 'UploadMissing');
    // Storage enforced type and size on the way in; checked again here in case the object came another way.
    try {
      assertAllowedType(request.kind, stored.contentType);
      assertAllowedSize(request.kind, stored.sizeBytes);
    } catch (error) {
      await storage.deleteObject(request.key);
      throw error;
    }
    if (request.kind === 'captions') return c.json<AdminCourse>(await adminCourseView(c, await attachUploadedCaptions(c, request, stored.contentType)));
    const file: StoredFileRecord = { key: request.key, fileName: request.fileName, contentType: stored.contentType, sizeBytes: stored.sizeBytes };
    const durationSec = request.kind === 'video' ? await storedVideoDurationSec(storage, request.key, stored, request.durationSec) : 0;
    const scoreFormat = request.kind === 'score' ? await readScoreFormat(storage, request.key) : undefined;
    let replacedKey: string | undefined;
    let replacedStreamJob: string | undefined;
    const saved = await editLatest(c, request.courseId, (course) => {
      if (request.kind === 'thumbnail') {
        replacedKey = course.thumbnailKey;
        return { ...course, thumbnailKey: request.key };
      }
      if (request.kind === 'video') {
        const lesson = findLessonRecord(course, request.lessonId!);
        replacedKey = lesson?.video?.key;
        replacedStreamJob = lesson?.stream?.jobId;
        return attachVideo(course, request.lessonId!, file, durationSec);
      }
      if (scoreFormat) {
        replacedKey = findLessonRecord(course, request.lessonId!)?.score?.key;
        return attachScore(course, request.lessonId!, { ...file, format: scoreFormat });
      }
      return addMaterial(course, request.lessonId!, file).course;
    });
    // The course points at the new file before the old one goes: a failure here only leaves an orphan.
    if (replacedKey && replacedKey !== request.key) await storage.deleteObject(replacedKey);
    // The old video's stream is no lesson's any more (the new one gets its own job folder).
    if (request.kind === 'video') await deleteReplacedStream(storage, request.courseId, request.lessonId!, replacedStreamJob);
    if (request.kind === 'video') await queueTranscode(c.get('deps').transcodes, request.courseId, request.lessonId!, request.key, uploadJobId(request.key));
    return c.json<AdminCourse>(await adminCourseView(c, saved));
  })
  .post('/admin/uploads/abort', requireAdmin, async (c) => {
    const { courseId, key, multipartUploadId } = await parseJsonBody(c, uploadAbortRequestSchema);
    if (!key.startsWith(`courses/${courseId}/`) && !key.startsWith(`public/thumbnails/${courseId}/`)) {
      throw new BadRequestError('key: does not belong to this course', 'ValidationError');
    }
    await c.get('deps').storage.abortMultipart(key, multipartUploadId);
    return c.json({ aborted: true });
  });
