import type { TranscodeStatus } from '@lessonstage/shared';
import type { StreamRendition } from './master-playlist';

/** Marks queued and running jobs in the sparse `byPending` index (see TRANSCODES_TABLE). */
export const PENDING = 'PENDING';

/** What a finished job produced: what the lesson's `stream` points players at. */
export interface TranscodeOutputRecord {
  readonly audioOnly: boolean;
  readonly renditions: readonly StreamRendition[];
  readonly poster: boolean;
  readonly thumbnails: boolean;
}

/** One transcode of one lesson's original upload. */
export interface TranscodeJobRecord {
  readonly jobId: string;
  readonly courseId: string;
  readonly lessonId: string;
  /** The original's key in the content bucket. */
  readonly sourceKey: string;
  readonly status: TranscodeStatus;
  /** 0–100 while running. */
  readonly percent?: number;
  /** Why it failed, in a teacher's words. */
  readonly reason?: string;
  /** Claims so far: a job whose runner keeps dying fails after MAX_ATTEMPTS. */
  readonly attempts: number;
  /** Who holds the running job, and until when; a write from anyone else is refused (fencing). */
  readonly leaseOwner?: string;
  readonly leaseUntil?: string;
  readonly output?: TranscodeOutputRecord;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Index keys: `byLesson` always, `byPending` while queued or running. */
  readonly lessonJobKey: string;
  readonly pending?: typeof PENDING;
  readonly availableAt?: string;
}

export function lessonJobKey(lessonId: string, createdAt: string, jobId: string): string {
  return `${lessonId}#${createdAt}#${jobId}`;
}
