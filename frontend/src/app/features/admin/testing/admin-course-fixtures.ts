import type { AdminCourse, AdminCourseList, AdminLesson } from '@lessonstage/shared';

/** Test data builders for the admin specs. Not imported by application code. */
export function anAdminLesson(overrides: Partial<AdminLesson> = {}): AdminLesson {
  return { lessonId: 'l-1', title: 'Welcome', durationSec: 0, preview: false, video: null, materials: [], ...overrides };
}

export function anAdminCourse(overrides: Partial<AdminCourse> = {}): AdminCourse {
  return {
    courseId: 'course-1',
    title: 'Fingerstyle Foundations',
    description: 'Travis picking, thumb independence and arranging simple melodies.',
    instrument: 'guitar',
    level: 'beginner',
    priceCents: 3900,
    currency: 'USD',
    thumbnailUrl: '',
    teacherName: 'Site admin',
    createdAt: '2026-01-10T12:00:00.000Z',
    status: 'draft',
    version: 1,
    updatedAt: '2026-01-10T12:00:00.000Z',
    hasThumbnail: false,
    sections: [],
    ...overrides,
  };
}

/** A course with two sections: s-1 [l-1, l-2] and s-2 [l-3]. */
export function anOutlinedCourse(overrides: Partial<AdminCourse> = {}): AdminCourse {
  return anAdminCourse({
    version: 5,
    sections: [
      {
        sectionId: 's-1',
        title: 'Basics',
        lessons: [
          anAdminLesson({ lessonId: 'l-1', title: 'Thumb', preview: true }),
          anAdminLesson({
            lessonId: 'l-2',
            title: 'Fingers',
            durationSec: 42,
            video: { fileName: 'fingers.mp4', contentType: 'video/mp4', sizeBytes: 1_572_864 },
            materials: [{ materialId: 'm-1', fileName: 'Tab sheet.pdf', contentType: 'application/pdf', sizeBytes: 2048 }],
          }),
        ],
      },
      { sectionId: 's-2', title: 'Songs', lessons: [anAdminLesson({ lessonId: 'l-3', title: 'Greensleeves' })] },
    ],
    ...overrides,
  });
}

export function anAdminCourseList(items: AdminCourse[], nextCursor: string | null = null): AdminCourseList {
  return {
    items: items.map(({ sections, ...course }) => ({
      courseId: course.courseId,
      title: course.title,
      description: course.description,
      instrument: course.instrument,
      level: course.level,
      priceCents: course.priceCents,
      currency: course.currency,
      thumbnailUrl: course.thumbnailUrl,
      teacherName: course.teacherName,
      createdAt: course.createdAt,
      status: course.status,
      updatedAt: course.updatedAt,
      lessonCount: sections.reduce((n, s) => n + s.lessons.length, 0),
    })),
    nextCursor,
  };
}
