import type { CourseRecord, LessonRecord } from '../courses/course.record';
import type { MediaStorage } from '../lib/storage/media-storage';
import { logger } from '../lib/observability/logger';
import { jobOutputPrefix, lessonStreamsPrefix } from '../transcoding/hls-layout';

/** Every file a lesson keeps in the bucket by key: its original video, score, materials and captions. */
export function lessonFileKeys(lesson: LessonRecord): string[] {
  const keys = [lesson.video?.key, lesson.score?.key, ...(lesson.materials ?? []).map((m) => m.key), ...(lesson.captions ?? []).map((t) => t.key)];
  return keys.filter((key): key is string => Boolean(key));
}

/** The lessons of `before` that `after` no longer has (a removed lesson or section). */
export function removedLessons(before: CourseRecord, after: CourseRecord): LessonRecord[] {
  const kept = new Set(after.sections.flatMap((s) => s.lessons.map((l) => l.lessonId)));
  return before.sections.flatMap((s) => s.lessons).filter((l) => !kept.has(l.lessonId));
}

/**
 * Deletes removed lessons' files and their HLS folders (every job's), after the course no longer
 * names them. Best effort: a failure only leaves unreferenced files, so it is logged, never raised
 * into the teacher's request.
 */
export async function deleteLessonFiles(storage: MediaStorage, courseId: string, lessons: readonly LessonRecord[]): Promise<void> {
  const warn = (what: string, lessonId: string) => (error: unknown) => logger.warn(`could not delete ${what}`, { courseId, lessonId, error });
  await Promise.all(
    lessons.flatMap((lesson) => [
      ...lessonFileKeys(lesson).map((key) => storage.deleteObject(key).catch(warn('a lesson file', lesson.lessonId))),
      storage.deleteFolder(lessonStreamsPrefix(courseId, lesson.lessonId)).then(() => undefined, warn('a lesson stream folder', lesson.lessonId)),
    ]),
  );
}

/** Deletes the stream folder of a lesson's previous video (its new video is transcoded into a new job folder). */
export async function deleteReplacedStream(storage: MediaStorage, courseId: string, lessonId: string, jobId: string | undefined): Promise<void> {
  if (!jobId) return;
  await storage.deleteFolder(jobOutputPrefix(courseId, lessonId, jobId)).then(
    () => undefined,
    (error: unknown) => logger.warn('could not delete a replaced lesson stream folder', { courseId, lessonId, error }),
  );
}
