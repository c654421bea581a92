import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import { resourceIdSchema, type LessonScore, type Playback, type SignedLink } from '@lessonstage/shared';
import { optionalUser } from '../auth/auth.middleware';
import type { MediaEnv } from './media.deps';
import { NotFoundError } from '../lib/http/http-errors';
import { parseInput } from '../lib/http/validate';
import { countMetric } from '../lib/observability/metrics';
import { assertMayOpenLesson, findLesson } from './lesson-access';
import { lessonCaptions } from './lesson-captions';
import { streamPlayback } from './stream-playback';

/** Signed links live briefly: long enough to start playback (players re-request on expiry). */
export const MEDIA_LINK_SECONDS = 300;

const lessonParams = z.object({ courseId: resourceIdSchema, lessonId: resourceIdSchema });
const materialParams = z.extend(lessonParams, { materialId: resourceIdSchema });

function link(url: string): SignedLink {
  return { url, expiresAt: new Date(Date.now() + MEDIA_LINK_SECONDS * 1000).toISOString() };
}

export const mediaRoutes = new Hono<MediaEnv>()
  .get('/courses/:courseId/lessons/:lessonId/playback', optionalUser, async (c) => {
    const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
    const { courses, enrollments, objectLinks, streamCookies, mediaBaseUrl } = c.get('deps');
    const principal = c.get('principal');
    const target = findLesson(await courses.get(courseId), lessonId, principal);
    await assertMayOpenLesson(target, principal, enrollments);
    const { stream, video } = target.lesson;
    if (stream) {
      const { playback, cookies } = await streamPlayback({ mediaBaseUrl, courseId, lessonId, stream, signer: streamCookies });
      for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true });
      c.header('Cache-Control', 'no-store');
      countMetric('PlaybackLinksIssued');
      return c.json<Playback>({ ...playback, captions: await lessonCaptions(target.lesson, objectLinks) });
    }
    if (!video) throw new NotFoundError('This lesson has no video yet');
    const playback = link(await objectLinks.presignGet(video.key, MEDIA_LINK_SECONDS));
    countMetric('PlaybackLinksIssued');
    return c.json<Playback>({ type: 'mp4', ...playback, captions: await lessonCaptions(target.lesson, objectLinks) });
  })
  .get('/courses/:courseId/lessons/:lessonId/score', optionalUser, async (c) => {
    const { courseId, lessonId } = parseInput(lessonParams, c.req.param());
    const { courses, enrollments, objectLinks } = c.get('deps');
    const principal = c.get('principal');
    const target = findLesson(await courses.get(courseId), lessonId, principal);
    await assertMayOpenLesson(target, principal, enrollments);
    const { score, sync } = target.lesson;
    if (!score && !sync?.tempoBpm && !sync?.syncPoints.length) throw new NotFoundError('This lesson has no score or tempo yet');
    return c.json<LessonScore>({
      url: score ? await objectLinks.presignGet(score.key, MEDIA_LINK_SECONDS) : null,
      format: score?.format ?? null,
      fileName: score?.fileName ?? null,
      syncPoints: [...(sync?.syncPoints ?? [])],
      tempoBpm: sync?.tempoBpm ?? null,
      timeSignature: sync?.timeSignature ? [...sync.timeSignature] : null,
      firstDownbeatMs: sync?.firstDownbeatMs ?? null,
    });
  })
  .get('/courses/:courseId/lessons/:lessonId/materials/:materialId', optionalUser, async (c) => {
    const { courseId, lessonId, materialId } = parseInput(materialParams, c.req.param());
    const { courses, enrollments, objectLinks } = c.get('deps');
    const principal = c.get('principal');
    const target = findLesson(await courses.get(courseId), lessonId, principal);
    await assertMayOpenLesson(target, principal, enrollments);
    const material = target.lesson.materials?.find((m) => m.materialId === materialId);
    if (!material) throw new NotFoundError('Material not found');
    const download = link(await objectLinks.presignGet(material.key, MEDIA_LINK_SECONDS, material.fileName));
    countMetric('MaterialLinksIssued');
    return c.json<SignedLink>(download);
  });
