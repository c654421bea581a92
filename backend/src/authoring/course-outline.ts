import type { CourseRecord, LessonRecord, LessonSyncRecord, MaterialRecord, ScoreRecord, SectionRecord, StoredFileRecord } from '../courses/course.record';
import { publishProblems as checkPublishable } from '@lessonstage/shared';
import { BadRequestError, NotFoundError } from '../lib/http/http-errors';
import { newId } from '../lib/new-id';

/**
 * Pure edits of a course's outline. Each returns a new course; the caller stores it with one
 * conditional write, so an edit is all-or-nothing.
 */
type Sections = readonly SectionRecord[];

function mapSection(course: CourseRecord, sectionId: string, edit: (s: SectionRecord) => SectionRecord): CourseRecord {
  if (!course.sections.some((s) => s.sectionId === sectionId)) throw new NotFoundError('Section not found');
  return { ...course, sections: course.sections.map((s) => (s.sectionId === sectionId ? edit(s) : s)) };
}

function mapLesson(course: CourseRecord, lessonId: string, edit: (l: LessonRecord) => LessonRecord): CourseRecord {
  if (!findLessonRecord(course, lessonId)) throw new NotFoundError('Lesson not found');
  return {
    ...course,
    sections: course.sections.map((s) => ({ ...s, lessons: s.lessons.map((l) => (l.lessonId === lessonId ? edit(l) : l)) })),
  };
}

export function findLessonRecord(course: CourseRecord, lessonId: string): LessonRecord | undefined {
  return course.sections.flatMap((s) => s.lessons).find((l) => l.lessonId === lessonId);
}

export function addSection(course: CourseRecord, title: string): { course: CourseRecord; sectionId: string } {
  const sectionId = newId('s');
  return { course: { ...course, sections: [...course.sections, { sectionId, title, lessons: [] }] }, sectionId };
}

export function renameSection(course: CourseRecord, sectionId: string, title: string): CourseRecord {
  return mapSection(course, sectionId, (s) => ({ ...s, title }));
}

export function removeSection(course: CourseRecord, sectionId: string): CourseRecord {
  if (!course.sections.some((s) => s.sectionId === sectionId)) throw new NotFoundError('Section not found');
  return { ...course, sections: course.sections.filter((s) => s.sectionId !== sectionId) };
}

export function addLesson(course: CourseRecord, sectionId: string, title: string): { course: CourseRecord; lessonId: string } {
  const lessonId = newId('l');
  const lesson: LessonRecord = { lessonId, title, durationSec: 0, preview: false, materials: [] };
  return { course: mapSection(course, sectionId, (s) => ({ ...s, lessons: [...s.lessons, lesson] })), lessonId };
}

export function updateLesson(course: CourseRecord, lessonId: string, changes: { title?: string; preview?: boolean; description?: string }): CourseRecord {
  return mapLesson(course, lessonId, (l) => ({ ...l, ...changes }));
}

export function removeLesson(course: CourseRecord, lessonId: string): CourseRecord {
  if (!findLessonRecord(course, lessonId)) throw new NotFoundError('Lesson not found');
  return { ...course, sections: course.sections.map((s) => ({ ...s, lessons: s.lessons.filter((l) => l.lessonId !== lessonId) })) };
}

/**
 * Reorders sections and lessons (lessons may move between sections). The new outline must name
 * every existing section and lesson exactly once: nothing can be lost or invented by a reorder.
 */
export function reorder(course: CourseRecord, outline: readonly { sectionId: string; lessonIds: readonly string[] }[]): CourseRecord {
  const sections = new Map(course.sections.map((s) => [s.sectionId, s]));
  const lessons = new Map(course.sections.flatMap((s) => s.lessons).map((l) => [l.lessonId, l]));
  const seenSections = new Set(outline.map((s) => s.sectionId));
  const seenLessons = outline.flatMap((s) => s.lessonIds);
  const sameSections = seenSections.size === outline.length && seenSections.size === sections.size && [...seenSections].every((id) => sections.has(id));
  const sameLessons = new Set(seenLessons).size === seenLessons.length && seenLessons.length === lessons.size && seenLessons.every((id) => lessons.has(id));
  if (!sameSections || !sameLessons) {
    throw new BadRequestError('sections: must list every section and lesson of the course exactly once', 'ValidationError');
  }
  const reordered: Sections = outline.map((entry) => ({
    ...sections.get(entry.sectionId)!,
    lessons: entry.lessonIds.map((id) => lessons.get(id)!),
  }));
  return { ...course, sections: reordered };
}

export function attachVideo(course: CourseRecord, lessonId: string, video: StoredFileRecord, durationSec: number): CourseRecord {
  // The stream showed the old video: players fall back to the new original until its transcode is ready.
  return mapLesson(course, lessonId, (l) => ({ ...l, video, durationSec: Math.round(durationSec), stream: undefined }));
}

export function attachScore(course: CourseRecord, lessonId: string, score: ScoreRecord): CourseRecord {
  return mapLesson(course, lessonId, (l) => ({ ...l, score }));
}

export function setLessonSync(course: CourseRecord, lessonId: string, sync: LessonSyncRecord): CourseRecord {
  return mapLesson(course, lessonId, (l) => ({ ...l, sync }));
}

export function addMaterial(course: CourseRecord, lessonId: string, file: StoredFileRecord): { course: CourseRecord; material: MaterialRecord } {
  const material: MaterialRecord = { ...file, materialId: newId('m') };
  return { course: mapLesson(course, lessonId, (l) => ({ ...l, materials: [...(l.materials ?? []), material] })), material };
}

export function removeMaterial(course: CourseRecord, lessonId: string, materialId: string): { course: CourseRecord; removed: MaterialRecord } {
  const removed = findLessonRecord(course, lessonId)?.materials?.find((m) => m.materialId === materialId);
  if (!removed) throw new NotFoundError('Material not found');
  return { course: mapLesson(course, lessonId, (l) => ({ ...l, materials: (l.materials ?? []).filter((m) => m !== removed) })), removed };
}

/** What keeps a course from being published (the rules in shared, which the editor checks too); empty when ready. */
export function publishProblems(course: CourseRecord): string[] {
  return checkPublishable({
    title: course.title,
    description: course.description,
    hasThumbnail: Boolean(course.thumbnailKey),
    sections: course.sections.map((s) => ({ title: s.title, lessons: s.lessons.map((l) => ({ title: l.title, hasVideo: Boolean(l.video) })) })),
  });
}
