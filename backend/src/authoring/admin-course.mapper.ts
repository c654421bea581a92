import type { AdminCourse } from '@lessonstage/shared';
import type { CourseRecord, StoredFileRecord } from '../courses/course.record';
import { toCourseSummary } from '../courses/course.mapper';
import type { TranscodeJobRecord } from '../transcoding/transcode-job.record';
import { toTranscodeState } from '../transcoding/transcode-jobs';

function file(record: StoredFileRecord | undefined) {
  return record ? { fileName: record.fileName, contentType: record.contentType, sizeBytes: record.sizeBytes } : null;
}

/** The editor's view of a course: everything but storage keys; `transcodes`: the newest job of each lesson, by lessonId. */
export function toAdminCourse(course: CourseRecord, mediaBaseUrl: string, transcodes: ReadonlyMap<string, TranscodeJobRecord> = new Map()): AdminCourse {
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
        description: lesson.description ?? '',
        video: file(lesson.video),
        transcode: lesson.video && transcodes.has(lesson.lessonId) ? toTranscodeState(transcodes.get(lesson.lessonId)!) : undefined,
        materials: (lesson.materials ?? []).map((m) => ({ materialId: m.materialId, ...file(m)! })),
        score: lesson.score && { fileName: lesson.score.fileName, format: lesson.score.format, sizeBytes: lesson.score.sizeBytes },
        sync: lesson.sync && { ...lesson.sync, syncPoints: [...lesson.sync.syncPoints], timeSignature: lesson.sync.timeSignature && [...lesson.sync.timeSignature] },
      })),
    })),
  };
}
