import type { SubmissionStatus } from '@lessonstage/shared';

/** A video in the content bucket: the student's take or the teacher's answer. */
export interface SubmissionVideoRecord {
  readonly key: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly durationMs: number;
}

export interface SubmissionCommentRecord {
  readonly commentId: string;
  readonly atMs: number;
  readonly text: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly createdAt: string;
}

export interface SubmissionReplyRecord extends SubmissionVideoRecord {
  readonly authorId: string;
  readonly createdAt: string;
}

/** A student's take on a lesson, as stored (SUBMISSIONS_TABLE). */
export interface SubmissionRecord {
  /** The id of its upload (the key's folder), so one upload backs at most one submission. */
  readonly submissionId: string;
  readonly userId: string;
  readonly courseId: string;
  readonly lessonId: string;
  /** `userId#courseId#lessonId`: the key of the student's per-lesson list. */
  readonly ownerLessonKey: string;
  /** `courseId#lessonId`, only while shared: the key of the class's list (a sparse index). */
  readonly sharedLessonKey?: string;
  readonly status: SubmissionStatus;
  readonly shared: boolean;
  readonly createdAt: string;
  readonly answeredAt?: string;
  /** Copied when it is sent, so the teacher's queue needs no look-ups. */
  readonly courseTitle: string;
  readonly lessonTitle: string;
  readonly studentName: string;
  readonly note: string;
  readonly video: SubmissionVideoRecord;
  readonly comments: readonly SubmissionCommentRecord[];
  readonly reply?: SubmissionReplyRecord;
}

export function ownerLessonKeyOf(userId: string, courseId: string, lessonId: string): string {
  return `${userId}#${courseId}#${lessonId}`;
}

export function sharedLessonKeyOf(courseId: string, lessonId: string): string {
  return `${courseId}#${lessonId}`;
}
