import type { CourseDetail, Section } from '@lessonstage/shared';

export interface LessonStats {
  readonly lessonCount: number;
  readonly totalDurationSec: number;
}

/** Number of lessons and their summed duration in one section. */
export function sectionStats(section: Section): LessonStats {
  return {
    lessonCount: section.lessons.length,
    totalDurationSec: section.lessons.reduce((sum, lesson) => sum + lesson.durationSec, 0),
  };
}

/** Number of lessons and their summed duration across all sections of a course. */
export function courseStats(course: Pick<CourseDetail, 'sections'>): LessonStats {
  return course.sections.map(sectionStats).reduce(
    (total, stats) => ({
      lessonCount: total.lessonCount + stats.lessonCount,
      totalDurationSec: total.totalDurationSec + stats.totalDurationSec,
    }),
    { lessonCount: 0, totalDurationSec: 0 },
  );
}

/** 1 → "1 lesson", 12 → "12 lessons". */
export function lessonCountLabel(count: number): string {
  return count === 1 ? '1 lesson' : `${count} lessons`;
}
