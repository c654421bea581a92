import type { Context } from 'hono';
import type { AdminCourse } from '@lessonstage/shared';
import type { CourseRecord } from '../courses/course.record';
import { lessonCaptions } from '../media/lesson-captions';
import type { AuthoringEnv } from './authoring.deps';
import { toAdminCourse } from './admin-course.mapper';

/** The editor's view of a course (toAdminCourse) with each lesson's newest transcode and signed captions links. */
export async function adminCourseView(c: Context<AuthoringEnv>, course: CourseRecord): Promise<AdminCourse> {
  const { mediaBaseUrl, objectLinks, transcodes } = c.get('deps');
  const view = toAdminCourse(course, mediaBaseUrl, await transcodes.latestForCourse(course.courseId));
  const withCaptions = course.sections.flatMap((s) => s.lessons).filter((lesson) => lesson.captions?.length);
  if (!withCaptions.length) return view;
  const captions = new Map(await Promise.all(withCaptions.map(async (lesson) => [lesson.lessonId, await lessonCaptions(lesson, objectLinks)] as const)));
  return {
    ...view,
    sections: view.sections.map((section) => ({
      ...section,
      lessons: section.lessons.map((lesson) => (captions.has(lesson.lessonId) ? { ...lesson, captions: captions.get(lesson.lessonId) } : lesson)),
    })),
  };
}
