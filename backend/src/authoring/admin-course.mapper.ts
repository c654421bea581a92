import type { AdminCourse } from '@lessonstage/shared';
import type { CourseRecord, StoredFileRecord } from '../courses/course.record';
import { toCourseSummary } from '../courses/course.mapper';

function file(record: StoredFileRecord | undefined) {
  return record ? { fileName: record.fileName, contentType: record.contentType, sizeBytes: record.sizeBytes } : null;
}

/** The editor's view of a course: everything but storage keys. */
export function toAdminCourse(course: CourseRecord, mediaBaseUrl: string): AdminCourse {
  return {
    ...toCourseSummary(course, mediaBaseUrl),
    status: course.status,
    version: course.version ?? 0,
    updatedAt: course.updatedAt ?? course.createdAt,
    hasThumbnail: Boolean(course.thumbnailKey),
    sections: course.sections.map((section) => ({
      sectionId: section.sectionId,
      title: section.title,
      lessons: section.lessons.map((lesson) => ({
        lessonId: lesson.lessonId,
        title: lesson.title,
        durationSec: lesson.durationSec,
        preview: lesson.preview,
        video: file(lesson.video),
        materials: (lesson.materials ?? []).map((m) => ({ materialId: m.materialId, ...file(m)! })),
        score: lesson.score && { fileName: lesson.score.fileName, format: lesson.score.format, sizeBytes: lesson.score.sizeBytes },
        sync: lesson.sync && { ...lesson.sync, syncPoints: [...lesson.sync.syncPoints], timeSignature: lesson.sync.timeSignature && [...lesson.sync.timeSignature] },
      })),
    })),
  };
}
