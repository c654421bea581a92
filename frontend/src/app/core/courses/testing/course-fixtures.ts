import type { CourseDetail, CourseList, CourseSummary, Lesson, Section } from '@lessonstage/shared';

/** Test data builders for course specs. Not imported by application code. */
export function aCourseSummary(overrides: Partial<CourseSummary> = {}): CourseSummary {
  return {
    courseId: 'course-1',
    title: 'Blues Guitar from Zero',
    description: 'Learn the twelve-bar blues, shuffle rhythm and your first solos.',
    instrument: 'guitar',
    level: 'beginner',
    priceCents: 2999,
    currency: 'USD',
    thumbnailUrl: '/media/thumbnails/course-1.svg',
    teacherName: 'Ana Lima',
    createdAt: '2025-01-10T12:00:00.000Z',
    ...overrides,
  };
}

export function someCourses(count: number, startAt = 1): CourseSummary[] {
  return Array.from({ length: count }, (_, index) => {
    const n = startAt + index;
    return aCourseSummary({ courseId: `course-${n}`, title: `Course number ${n}` });
  });
}

export function aCourseList(items: CourseSummary[], nextCursor: string | null = null): CourseList {
  return { items, nextCursor };
}

export function aLesson(overrides: Partial<Lesson> = {}): Lesson {
  return { lessonId: 'lesson-1', title: 'Welcome', durationSec: 185, preview: false, ...overrides };
}

export function aSection(overrides: Partial<Section> = {}): Section {
  return { sectionId: 'section-1', title: 'Getting started', lessons: [aLesson()], ...overrides };
}

export function aCourseDetail(overrides: Partial<CourseDetail> = {}): CourseDetail {
  return {
    ...aCourseSummary(),
    sections: [
      aSection({
        sectionId: 'section-1',
        title: 'Getting started',
        lessons: [
          aLesson({ lessonId: 'lesson-1', title: 'Welcome', durationSec: 185, preview: true }),
          aLesson({ lessonId: 'lesson-2', title: 'Holding the pick', durationSec: 427 }),
        ],
      }),
      aSection({
        sectionId: 'section-2',
        title: 'The shuffle',
        lessons: [aLesson({ lessonId: 'lesson-3', title: 'Shuffle rhythm', durationSec: 3725 })],
      }),
    ],
    ...overrides,
  };
}
