import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import { resourceIdSchema as id, type TranscodeState } from '@lessonstage/shared';
import { requireAdmin } from '../auth/auth.middleware';
import { BadRequestError, NotFoundError } from '../lib/http/http-errors';
import { parseInput } from '../lib/http/validate';
import { queueTranscode, toTranscodeState } from '../transcoding/transcode-jobs';
import type { AuthoringEnv } from './authoring.deps';
import { loadCourse } from './course-editing';
import { findLessonRecord } from './course-outline';

const lessonParams = z.object({ courseId: id, lessonId: id });

/**
 * Retry (or first run) of a lesson's transcode from its current original: 202 with the job. A job
 * of that original still queued or running is answered as it is rather than doubled.
 */
export const transcodeRoutes = new Hono<AuthoringEnv>().post('/admin/courses/:courseId/lessons/:lessonId/transcode', requireAdmin, async (c) => {
  const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
  const lesson = findLessonRecord(await loadCourse(c, courseId), lessonId);
  if (!lesson) throw new NotFoundError('Lesson not found');
  if (!lesson.video) throw new BadRequestError('lessonId: the lesson has no video to convert; upload one first', 'ValidationError');
  const { transcodes } = c.get('deps');
  const latest = await transcodes.latestForLesson(courseId, lessonId);
  if (latest && latest.sourceKey === lesson.video.key && (latest.status === 'queued' || latest.status === 'running')) {
    return c.json<TranscodeState>(toTranscodeState(latest), 202);
  }
  return c.json<TranscodeState>(toTranscodeState(await queueTranscode(transcodes, courseId, lessonId, lesson.video.key)), 202);
});
