import type { CourseDetail, Lesson } from '@lessonstage/shared';

type WithSections = Pick<CourseDetail, 'sections'>;

/** All lessons of a course, section by section, in the order they are taught. */
export function lessonsInOrder(course: WithSections): Lesson[] {
  return course.sections.flatMap((section) => section.lessons);
}

/** The lesson after `lessonId`, across sections; null at the end (or for an unknown lesson). */
export function nextLesson(course: WithSections, lessonId: string): Lesson | null {
  const lessons = lessonsInOrder(course);
  const index = lessons.findIndex((lesson) => lesson.lessonId === lessonId);
  return index >= 0 ? (lessons[index + 1] ?? null) : null;
}

/**
 * Where to continue: the first lesson not completed yet, or the first lesson once all are done;
 * null for a course without lessons.
 */
export function firstUnfinishedLessonId(course: WithSections, completed: ReadonlySet<string> = new Set()): string | null {
  const lessons = lessonsInOrder(course);
  return (lessons.find((lesson) => !completed.has(lesson.lessonId)) ?? lessons[0])?.lessonId ?? null;
}
