import type { CourseRecord } from '../courses/course.record';

/** A published course whose publication time is `minute` minutes after a fixed start. */
export function courseFixture(n: number, overrides: Partial<CourseRecord> = {}): CourseRecord {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    courseId: `course-${String(n).padStart(4, '0')}`,
    title: `Course ${n}`,
    description: `Description of course ${n}`,
    instrument: 'guitar',
    level: 'beginner',
    priceCents: 1000 + n,
    currency: 'USD',
    teacherName: 'Test Teacher',
    thumbnailKey: `public/thumbnails/course-${n}.svg`,
    status: 'published',
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    version: 1,
    sections: [
      {
        sectionId: 's1',
        title: 'Section one',
        lessons: [
          { lessonId: 's1l1', title: 'Free lesson', durationSec: 60, preview: true, video: { key: 'courses/x/lessons/s1l1/video.mp4', fileName: 'lesson.mp4', contentType: 'video/mp4', sizeBytes: 1000 } },
          { lessonId: 's1l2', title: 'Paid lesson', durationSec: 90, preview: false },
        ],
      },
    ],
    ...overrides,
  };
}
