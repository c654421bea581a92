/**
 * Where a transcode's output lives in the content bucket (the contract of #17):
 * `hls/<courseId>/<lessonId>/<jobId>/` with master.m3u8, v<N>/{index.m3u8,init.mp4,seg_NNN.m4s},
 * poster.jpg and thumbs/{sprite-NNN.jpg,thumbnails.vtt}. A new job writes a new folder.
 */
export const MASTER_PLAYLIST = 'master.m3u8';
/** Segment length (s): a whole number of the 2 s keyframe intervals (docs/decisions.md has the seek figures). */
export const SEGMENT_SECONDS = 2;
export const POSTER_FILE = 'poster.jpg';
export const THUMBNAILS_VTT = 'thumbs/thumbnails.vtt';

/** The folder of one lesson's streams (every job's), ending in "/". */
export function lessonStreamsPrefix(courseId: string, lessonId: string): string {
  return `hls/${courseId}/${lessonId}/`;
}

/** The folder of one job's output, ending in "/". */
export function jobOutputPrefix(courseId: string, lessonId: string, jobId: string): string {
  return `${lessonStreamsPrefix(courseId, lessonId)}${jobId}/`;
}

/** Content types by file extension, for uploading the output. */
export function outputContentType(path: string): string {
  if (path.endsWith('.m3u8')) return 'application/vnd.apple.mpegurl';
  if (path.endsWith('.m4s') || path.endsWith('.mp4')) return 'video/mp4';
  if (path.endsWith('.jpg')) return 'image/jpeg';
  if (path.endsWith('.vtt')) return 'text/vtt';
  return 'application/octet-stream';
}

/** Which lesson an original upload belongs to, from its key `courses/<c>/lessons/<l>/video/...`. */
export function lessonOfSourceKey(key: string): { courseId: string; lessonId: string } | undefined {
  const match = /^courses\/([^/]+)\/lessons\/([^/]+)\/video\/.+/.exec(key);
  return match ? { courseId: match[1]!, lessonId: match[2]! } : undefined;
}
