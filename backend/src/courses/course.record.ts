import type { Currency, Instrument, Level } from '@lessonstage/shared';

export type CourseStatus = 'draft' | 'published';

/** Catalog index partition of published courses; drafts carry no catalog keys (sparse index). */
export const PUBLISHED_PARTITION = 'PUBLISHED';

export interface LessonRecord {
  readonly lessonId: string;
  readonly title: string;
  readonly durationSec: number;
  readonly preview: boolean;
  /** S3 key of the lesson video; never sent to clients. */
  readonly videoKey?: string;
}

export interface SectionRecord {
  readonly sectionId: string;
  readonly title: string;
  readonly lessons: readonly LessonRecord[];
}

/** A course as stored: one item holds the course and its outline, so a course page is one GetItem. */
export interface CourseRecord {
  readonly courseId: string;
  readonly title: string;
  readonly description: string;
  readonly instrument: Instrument;
  readonly level: Level;
  readonly priceCents: number;
  readonly currency: Currency;
  readonly teacherName: string;
  /** S3 key of the thumbnail, under the public/ prefix that the media origin serves. */
  readonly thumbnailKey: string;
  readonly status: CourseStatus;
  readonly createdAt: string;
  readonly publishedAt?: string;
  readonly sections: readonly SectionRecord[];
}

export interface CatalogKeys {
  readonly catalogPartition?: string;
  readonly catalogSortKey?: string;
}

/** The index keys that place a published course in the catalog, newest first. */
export function catalogKeys(course: CourseRecord): CatalogKeys {
  if (course.status !== 'published' || !course.publishedAt) return {};
  return { catalogPartition: PUBLISHED_PARTITION, catalogSortKey: `${course.publishedAt}#${course.courseId}` };
}
