import { setTimeout as sleep } from 'node:timers/promises';
import { createRepositories } from '../backend/src/app/create-repositories';
import type { ListCursor } from '../backend/src/courses/index-cursor';
import type { AppConfig } from '../backend/src/lib/config';

const POLL_MS = 2000;

/** Lessons with a video whose transcode has not ended yet (no job, queued or running). */
async function lessonsStillTranscoding(config: AppConfig): Promise<number> {
  const { courses, transcodes } = createRepositories(config);
  let waiting = 0;
  let cursor: ListCursor | undefined;
  do {
    const page = await courses.listAll(50, cursor);
    for (const course of page.items) {
      const jobs = await transcodes.latestForCourse(course.courseId);
      for (const lesson of course.sections.flatMap((section) => section.lessons)) {
        const status = jobs.get(lesson.lessonId)?.status;
        if (lesson.video && status !== 'ready' && status !== 'failed') waiting += 1;
      }
    }
    cursor = page.next ?? undefined;
  } while (cursor);
  return waiting;
}

/**
 * Waits until the local transcoder has finished the demo catalog: pages are then measured as a
 * visitor gets them after the first minutes (HLS with a poster), and no ffmpeg competes for the CPU.
 */
export async function waitForDemoTranscodes(config: AppConfig, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const waiting = await lessonsStillTranscoding(config);
    if (waiting === 0) return;
    if (Date.now() > deadline) throw new Error(`${waiting} demo lessons still transcoding after ${timeoutMs / 1000} s`);
    await sleep(POLL_MS);
  }
}
