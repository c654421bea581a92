import type { CaptionTrack } from '@lessonstage/shared';
import type { LessonRecord } from '../courses/course.record';
import type { ObjectLinks } from '../lib/storage/object-links';

/** How long a captions link works: the player reads the files as soon as it has the links. */
export const CAPTION_LINK_SECONDS = 300;

/** A lesson's captions as the player and the editor get them: one short-lived link per language. */
export async function lessonCaptions(lesson: LessonRecord, objectLinks: ObjectLinks): Promise<CaptionTrack[]> {
  return Promise.all(
    (lesson.captions ?? []).map(async ({ lang, label, key }) => ({ lang, label, url: await objectLinks.presignGet(key, CAPTION_LINK_SECONDS) })),
  );
}
