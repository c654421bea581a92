import type { CourseDetail, CourseRating, CourseSummary } from '@lessonstage/shared';
import type { CourseRecord } from './course.record';

/** What a course summary is made of: copies of it (on enrollments) keep exactly these fields. */
export type CourseSummarySource = Pick<
  CourseRecord,
  'courseId' | 'title' | 'description' | 'instrument' | 'level' | 'priceCents' | 'currency' | 'thumbnailKey' | 'teacherName' | 'createdAt'
>;

/** Public media (thumbnails) are addressed relative to the media origin, never to S3 directly. */
export function toCourseSummary(course: CourseSummarySource, mediaBaseUrl: string): CourseSummary {
  return {
    courseId: course.courseId,
    title: course.title,
    description: course.description,
    instrument: course.instrument,
    level: course.level,
    priceCents: course.priceCents,
    currency: course.currency,
    thumbnailUrl: course.thumbnailKey ? `${mediaBaseUrl}/${course.thumbnailKey}` : '',
    teacherName: course.teacherName,
    createdAt: course.createdAt,
  };
}

/** The stars a course's counted reviews give it (0 of 0 before any). */
export function ratingOf(course: Pick<CourseRecord, 'ratingSum' | 'ratingCount'>): CourseRating {
  const count = Math.max(0, course.ratingCount ?? 0);
  const average = count === 0 ? 0 : Math.min(5, Math.max(0, (course.ratingSum ?? 0) / count));
  return { average: Math.round(average * 100) / 100, count };
}

/** A published course as the catalog lists it: its summary and its stars. */
export function toCatalogSummary(course: CourseRecord, mediaBaseUrl: string): CourseSummary {
  return { ...toCourseSummary(course, mediaBaseUrl), rating: ratingOf(course) };
}

export function toCourseDetail(course: CourseRecord, mediaBaseUrl: string): CourseDetail {
  return {
    ...toCatalogSummary(course, mediaBaseUrl),
    ...(course.teacherBio ? { teacherBio: course.teacherBio } : {}),
    ...(course.teacherPhotoKey ? { teacherPhotoUrl: `${mediaBaseUrl}/${course.teacherPhotoKey}` } : {}),
    sections: course.sections.map((section) => ({
      sectionId: section.sectionId,
      title: section.title,
      lessons: section.lessons.map((lesson) => ({
        lessonId: lesson.lessonId,
        title: lesson.title,
        durationSec: lesson.durationSec,
        preview: lesson.preview,
        ...(lesson.description ? { description: lesson.description } : {}),
        hasVideo: Boolean(lesson.video),
        hasScore: Boolean(lesson.score),
        hasTempo: Boolean(lesson.sync?.tempoBpm || lesson.sync?.syncPoints.length),
        materials: (lesson.materials ?? []).map(({ materialId, fileName, contentType, sizeBytes }) => ({ materialId, fileName, contentType, sizeBytes })),
      })),
    })),
  };
}
