import type { SpeedTrainer } from '@lessonstage/shared';

/** A student's saved practice loop, as stored. */
export interface LoopRecord {
  readonly userId: string;
  readonly loopId: string;
  /** `userId#courseId#lessonId`: the key of the per-lesson list. */
  readonly lessonKey: string;
  readonly courseId: string;
  readonly lessonId: string;
  readonly name: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly speed: number;
  readonly trainer: SpeedTrainer | null;
  readonly bestSpeed: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function lessonKeyOf(userId: string, courseId: string, lessonId: string): string {
  return `${userId}#${courseId}#${lessonId}`;
}
