import type { CoursesRepository } from '../../courses/courses.repository';
import type { ListCursor } from '../../courses/index-cursor';
import { queueTranscode } from '../../transcoding/transcode-jobs';
import type { TranscodesRepository } from '../../transcoding/transcodes.repository';

/**
 * Queues a transcode for every lesson with a video but no job yet: on the first start that is the
 * demo catalog (so HLS works without uploading anything), later only lessons stored before
 * transcoding existed. Runs in the background after start-up; the runner takes the jobs in turn.
 */
export async function queueDemoTranscodes(courses: CoursesRepository, transcodes: TranscodesRepository): Promise<number> {
  let queued = 0;
  let cursor: ListCursor | undefined;
  do {
    const page = await courses.listAll(50, cursor);
    for (const course of page.items) {
      const jobs = await transcodes.latestForCourse(course.courseId);
      for (const lesson of course.sections.flatMap((s) => s.lessons)) {
        if (!lesson.video || lesson.stream || jobs.has(lesson.lessonId)) continue;
        await queueTranscode(transcodes, course.courseId, lesson.lessonId, lesson.video.key);
        queued += 1;
      }
    }
    cursor = page.next ?? undefined;
  } while (cursor);
  return queued;
}
