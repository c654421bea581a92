import type { Currency, Instrument, Level, ScoreFormat, SyncPoint } from '@lessonstage/shared';

export type CourseStatus = 'draft' | 'published';

/** Catalog index partition of published courses; drafts carry no catalog keys (sparse index). */
export const PUBLISHED_PARTITION = 'PUBLISHED';
/** Partition of the admin index, which lists every course whatever its status. */
export const ALL_COURSES_PARTITION = 'COURSE';

/** A file in the content bucket, as recorded once its upload completed. */
export interface StoredFileRecord {
  readonly key: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
}

export interface MaterialRecord extends StoredFileRecord {
  readonly materialId: string;
}

/** A lesson's score file, its format read from its bytes when it was uploaded. */
export interface ScoreRecord extends StoredFileRecord {
  readonly format: ScoreFormat;
}

/** Where the bars fall in the lesson's video, and its tempo for lessons without sync points. */
export interface LessonSyncRecord {
  readonly syncPoints: readonly SyncPoint[];
  readonly tempoBpm?: number;
  readonly timeSignature?: readonly [number, number];
  readonly firstDownbeatMs?: number;
}

/** A lesson's ready HLS stream (#17): `hls/<courseId>/<lessonId>/<jobId>/master.m3u8` and what sits beside it. */
export interface LessonStreamRecord {
  readonly jobId: string;
  readonly audioOnly: boolean;
  /** Lowest first; empty for audio-only. */
  readonly renditions: readonly { readonly width: number; readonly height: number; readonly bandwidth: number }[];
  /** Whether poster.jpg and thumbs/thumbnails.vtt exist in the stream's folder. */
  readonly poster: boolean;
  readonly thumbnails: boolean;
}

/** A lesson's captions in one language, stored as WebVTT at `courses/<c>/lessons/<l>/captions/<lang>.vtt`. */
export interface CaptionRecord {
  /** Canonical BCP 47 tag, e.g. "en", "pt-BR". */
  readonly lang: string;
  readonly label: string;
  readonly key: string;
}

export interface LessonRecord {
  readonly lessonId: string;
  readonly title: string;
  readonly durationSec: number;
  readonly preview: boolean;
  /** Markdown the player shows under the video. */
  readonly description?: string;
  /** The lesson video; storage keys are never sent to clients. */
  readonly video?: StoredFileRecord;
  readonly materials?: readonly MaterialRecord[];
  readonly score?: ScoreRecord;
  readonly sync?: LessonSyncRecord;
  /** Set when a transcode of the current video is ready; players then get HLS instead of the original. */
  readonly stream?: LessonStreamRecord;
  /** One per language, in the order they were first added. */
  readonly captions?: readonly CaptionRecord[];
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
  /** The teacher who created the course; their profile (name, bio, photo) is copied onto it so a course page stays one read. */
  readonly teacherId?: string;
  readonly teacherBio?: string;
  /** S3 key of the teacher's photo, under public/ like covers. */
  readonly teacherPhotoKey?: string;
  /** S3 key of the cover, under the public/ prefix that the media origin serves. */
  readonly thumbnailKey?: string;
  readonly status: CourseStatus;
  readonly createdAt: string;
  readonly updatedAt?: string;
  readonly publishedAt?: string;
  /** Incremented by every change; writes are conditional on it (optimistic concurrency). */
  readonly version?: number;
  /**
   * Incremented when a finished transcode points a lesson at its stream (in place, no new
   * `version`): a whole-course write read before that is retried with the stream kept.
   */
  readonly streamsVersion?: number;
  readonly sections: readonly SectionRecord[];
  /**
   * Sum and count of the counted reviews' stars, moved only by `ADD` from the reviews domain
   * (CoursesRepository.addToRating); course saves never write them (see `replace`).
   */
  readonly ratingSum?: number;
  readonly ratingCount?: number;
}

/** Attributes of the course item that only the reviews' `ADD`s write: a course save leaves them as they are. */
export const RATING_ATTRIBUTES = ['ratingSum', 'ratingCount', 'ratingOps'] as const;

export interface CourseIndexKeys {
  readonly catalogPartition?: string;
  readonly catalogSortKey?: string;
  readonly listPartition: string;
  readonly listSortKey: string;
}

/** Index keys: every course is in the admin list; only published ones are in the catalog. */
export function courseIndexKeys(course: CourseRecord): CourseIndexKeys {
  const list = { listPartition: ALL_COURSES_PARTITION, listSortKey: `${course.createdAt}#${course.courseId}` };
  if (course.status !== 'published' || !course.publishedAt) return list;
  return { ...list, catalogPartition: PUBLISHED_PARTITION, catalogSortKey: `${course.publishedAt}#${course.courseId}` };
}

/** The stored item: the course and its index keys. */
export function courseItem(course: CourseRecord): CourseRecord & CourseIndexKeys {
  return { ...course, ...courseIndexKeys(course) };
}
