import type { CourseDetail, Lesson, LessonProgress } from '@lessonstage/shared';

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

/** The lesson before `lessonId`, across sections; null at the start (or for an unknown lesson). */
export function previousLesson(course: WithSections, lessonId: string): Lesson | null {
  const lessons = lessonsInOrder(course);
  const index = lessons.findIndex((lesson) => lesson.lessonId === lessonId);
  return index > 0 ? (lessons[index - 1] ?? null) : null;
}

/**
 * Where "Continue" goes: the lesson the student last worked on (the latest saved progress), unless
 * they completed it, then the next lesson after it not completed yet; with no progress in this
 * course's lessons, the first unfinished lesson. Null for a course without lessons.
 */
export function continueLessonId(course: WithSections, progress: readonly LessonProgress[]): string | null {
  const lessons = lessonsInOrder(course);
  const completed = new Set(progress.filter((item) => item.completed).map((item) => item.lessonId));
  const known = progress.filter((item) => lessons.some((lesson) => lesson.lessonId === item.lessonId));
  // ISO 8601 timestamps sort as text.
  const last = known.reduce<LessonProgress | null>((latest, item) => (!latest || item.updatedAt > latest.updatedAt ? item : latest), null);
  if (!last) {
    return firstUnfinishedLessonId(course, completed);
  }
  if (!last.completed) {
    return last.lessonId;
  }
  const after = lessons.slice(lessons.findIndex((lesson) => lesson.lessonId === last.lessonId) + 1);
  return after.find((lesson) => !completed.has(lesson.lessonId))?.lessonId ?? firstUnfinishedLessonId(course, completed);
}

/**
 * Where to continue: the first lesson not completed yet, or the first lesson once all are done;
 * null for a course without lessons.
 */
export function firstUnfinishedLessonId(course: WithSections, completed: ReadonlySet<string> = new Set()): string | null {
  const lessons = lessonsInOrder(course);
  return (lessons.find((lesson) => !completed.has(lesson.lessonId)) ?? lessons[0])?.lessonId ?? null;
}
