import type { AdminCourse } from '@lessonstage/shared';

import type { OutlineEntry } from '../data/admin-courses.api';

/** Puts a lesson at `index` of a section (its own or another), counted after taking it out. */
export interface LessonMove {
  readonly kind: 'lesson';
  readonly lessonId: string;
  readonly sectionId: string;
  readonly index: number;
}

/** Puts a section at `index`, counted after taking it out. */
export interface SectionMove {
  readonly kind: 'section';
  readonly sectionId: string;
  readonly index: number;
}

export type OutlineMove = LessonMove | SectionMove;

/** The order of a course's sections and lessons, as PUT …/outline takes it. */
export function outlineOf(course: AdminCourse): OutlineEntry[] {
  return course.sections.map((section) => ({
    sectionId: section.sectionId,
    lessonIds: section.lessons.map((lesson) => lesson.lessonId),
  }));
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(index, length));
}

/**
 * The outline after `move`. A move naming a lesson or section the outline does not have
 * changes nothing, so a move decided on one copy of the course is safe to apply to a newer one.
 */
export function applyMove(outline: readonly OutlineEntry[], move: OutlineMove): OutlineEntry[] {
  if (move.kind === 'section') {
    const from = outline.findIndex((entry) => entry.sectionId === move.sectionId);
    if (from < 0) {
      return [...outline];
    }
    const rest = outline.filter((_, i) => i !== from);
    rest.splice(clamp(move.index, rest.length), 0, outline[from]);
    return rest;
  }
  const source = outline.find((entry) => entry.lessonIds.includes(move.lessonId));
  if (!source || !outline.some((entry) => entry.sectionId === move.sectionId)) {
    return [...outline];
  }
  return outline.map((entry) => {
    let lessonIds = entry === source ? entry.lessonIds.filter((id) => id !== move.lessonId) : [...entry.lessonIds];
    if (entry.sectionId === move.sectionId) {
      lessonIds = [...lessonIds];
      lessonIds.splice(clamp(move.index, lessonIds.length), 0, move.lessonId);
    }
    return { sectionId: entry.sectionId, lessonIds };
  });
}

/**
 * The course with its sections and lessons in `outline`'s order (to show a move before the
 * server confirms it). Sections and lessons the outline leaves out keep their place at the end.
 */
export function applyOutline(course: AdminCourse, outline: readonly OutlineEntry[]): AdminCourse {
  const sections = new Map(course.sections.map((section) => [section.sectionId, section]));
  const lessons = new Map(course.sections.flatMap((section) => section.lessons).map((lesson) => [lesson.lessonId, lesson]));
  const placed = new Set<string>();
  const ordered = outline
    .filter((entry) => sections.has(entry.sectionId))
    .map((entry) => {
      const ids = entry.lessonIds.filter((id) => lessons.has(id) && !placed.has(id));
      ids.forEach((id) => placed.add(id));
      return { section: sections.get(entry.sectionId)!, ids };
    });
  for (const section of course.sections) {
    if (!ordered.some((entry) => entry.section === section)) {
      ordered.push({ section, ids: [] });
    }
  }
  return {
    ...course,
    sections: ordered.map(({ section, ids }) => ({
      ...section,
      lessons: [
        ...ids.map((id) => lessons.get(id)!),
        ...section.lessons.filter((lesson) => !placed.has(lesson.lessonId)),
      ],
    })),
  };
}

/**
 * The move one step up (-1) or down (+1) for the keyboard buttons: within the section, and past
 * its edge into the neighbouring section (to its end going up, to its start going down).
 * Null when the lesson is already first or last of the whole course.
 */
export function stepLesson(outline: readonly OutlineEntry[], lessonId: string, step: -1 | 1): LessonMove | null {
  const sectionIndex = outline.findIndex((entry) => entry.lessonIds.includes(lessonId));
  if (sectionIndex < 0) {
    return null;
  }
  const lessonIds = outline[sectionIndex].lessonIds;
  const index = lessonIds.indexOf(lessonId) + step;
  if (index >= 0 && index < lessonIds.length) {
    return { kind: 'lesson', lessonId, sectionId: outline[sectionIndex].sectionId, index };
  }
  const neighbour = outline[sectionIndex + step];
  if (!neighbour) {
    return null;
  }
  return { kind: 'lesson', lessonId, sectionId: neighbour.sectionId, index: step < 0 ? neighbour.lessonIds.length : 0 };
}

/** The move one step up (-1) or down (+1) for a section; null at either end. */
export function stepSection(outline: readonly OutlineEntry[], sectionId: string, step: -1 | 1): SectionMove | null {
  const index = outline.findIndex((entry) => entry.sectionId === sectionId) + step;
  if (index < 0 || index >= outline.length || !outline.some((entry) => entry.sectionId === sectionId)) {
    return null;
  }
  return { kind: 'section', sectionId, index };
}
