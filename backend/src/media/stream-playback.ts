import type { HlsPlayback } from '@lessonstage/shared';
import type { LessonStreamRecord } from '../courses/course.record';
import type { StreamCookieSigner } from '../lib/cdn/stream-cookies';

/**
 * How long a streamed lesson's cookies open its folder. Longer than a file link (MEDIA_LINK_SECONDS):
 * the player asks again before `expiresAt`, so playback of any length keeps going.
 */
export const STREAM_COOKIE_SECONDS = 600;

/** `/media/hls/<courseId>/<lessonId>/`: every job folder of the lesson, and nothing else. */
export function lessonStreamPath(mediaBaseUrl: string, courseId: string, lessonId: string): string {
  return `${mediaBaseUrl}/hls/${encodeURIComponent(courseId)}/${encodeURIComponent(lessonId)}/`;
}

export interface StreamPlaybackInput {
  readonly mediaBaseUrl: string;
  readonly courseId: string;
  readonly lessonId: string;
  readonly stream: LessonStreamRecord;
  readonly signer: StreamCookieSigner;
  readonly now?: Date;
}

/** The HLS answer of the playback route and the `Set-Cookie` values that go with it. */
export async function streamPlayback(input: StreamPlaybackInput): Promise<{ playback: HlsPlayback; cookies: readonly string[] }> {
  const { mediaBaseUrl, courseId, lessonId, stream, signer } = input;
  const expiresAt = new Date((input.now ?? new Date()).getTime() + STREAM_COOKIE_SECONDS * 1000);
  const lessonPath = lessonStreamPath(mediaBaseUrl, courseId, lessonId);
  const jobPath = `${lessonPath}${encodeURIComponent(stream.jobId)}/`;
  const cookies = await signer.sign(lessonPath, expiresAt);
  return {
    cookies,
    playback: {
      type: 'hls',
      url: `${jobPath}master.m3u8`,
      expiresAt: expiresAt.toISOString(),
      // Audio-only output has no frames to take them from; the player shows the course cover.
      posterUrl: stream.poster ? `${jobPath}poster.jpg` : null,
      thumbnailsUrl: stream.thumbnails ? `${jobPath}thumbs/thumbnails.vtt` : null,
      captions: [],
      audioOnly: stream.audioOnly,
    },
  };
}
