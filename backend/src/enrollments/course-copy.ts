import type { CourseSummarySource } from '../courses/course.mapper';
import type { CourseRecord } from '../courses/course.record';

/**
 * What "My courses" shows of a course, copied onto each of its enrollments so that the list is
 * one Query on the student's enrollments (see docs/decisions.md, "My courses is one Query").
 */
export interface CourseCopy extends CourseSummarySource {
  readonly totalLessons: number;
}

export function courseCopyOf(course: CourseRecord): CourseCopy {
  const { courseId, title, description, instrument, level, priceCents, currency, thumbnailKey, teacherName, createdAt } = course;
  return {
    courseId,
    title,
    description,
    instrument,
    level,
    priceCents,
    currency,
    ...(thumbnailKey ? { thumbnailKey } : {}),
    teacherName,
    createdAt,
    totalLessons: lessonIdsOf(course).size,
  };
}

export function lessonIdsOf(course: CourseRecord): Set<string> {
  return new Set(course.sections.flatMap((section) => section.lessons.map((lesson) => lesson.lessonId)));
}

/** What a course save means for its enrollments' copies: nothing, a new copy, and whether to recount. */
export function copyChange(before: CourseRecord, after: CourseRecord): { copy: CourseCopy; recount: boolean } | undefined {
  const copy = courseCopyOf(after);
  const kept = lessonIdsOf(after);
  // Only a removed lesson can leave a completed-lessons counter too high; an added one starts incomplete.
  const recount = [...lessonIdsOf(before)].some((lessonId) => !kept.has(lessonId));
  if (!recount && JSON.stringify(copy) === JSON.stringify(courseCopyOf(before))) return undefined;
  return { copy, recount };
}
