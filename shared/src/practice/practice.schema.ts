import * as z from '../validation/zod';
import { resourceIdSchema as id } from '../http/request-fields.schema';
import {
  MAX_LOOP_NAME_LENGTH,
  MAX_SPEED,
  MAX_SYNC_POINTS,
  MAX_TEMPO_BPM,
  MIN_SPEED,
  MIN_TEMPO_BPM,
  SCORE_FORMATS,
  SPEED_STEP,
} from './practice-rules';

const wholeMs = z.number().check(z.int('must be a whole number of milliseconds'), z.nonnegative('must not be negative'));

/**
 * One synced bar: the video time (ms) at which bar `bar` starts, bars counted 0-based as played
 * (repeats unrolled: a repeated bar has a new number each time, as a teacher taps it).
 */
export const syncPointSchema = z.object({
  bar: z.number().check(z.int('must be a whole bar number'), z.nonnegative('must not be negative')),
  timeMs: wholeMs,
});
export type SyncPoint = z.infer<typeof syncPointSchema>;

/** Bars and times both strictly increasing: a point that is not names its index. */
const syncPointsSchema = z.array(syncPointSchema).check(
  z.maxLength(MAX_SYNC_POINTS, `must have at most ${MAX_SYNC_POINTS} points`),
  z.superRefine((points, ctx) => {
    for (let i = 1; i < points.length; i++) {
      const [before, point] = [points[i - 1]!, points[i]!];
      const field = point.bar <= before.bar ? 'bar' : point.timeMs <= before.timeMs ? 'timeMs' : undefined;
      if (!field) continue;
      ctx.issues.push({ code: 'custom', input: points, path: [i, field], message: `must be greater than point ${i - 1}'s` });
      return;
    }
  }),
);

export const tempoBpmSchema = z.number().check(z.minimum(MIN_TEMPO_BPM, `must be at least ${MIN_TEMPO_BPM}`), z.maximum(MAX_TEMPO_BPM, `must be at most ${MAX_TEMPO_BPM}`));
export const timeSignatureSchema = z.tuple([
  z.number().check(z.int('must be a whole number'), z.minimum(1, 'must be at least 1'), z.maximum(32, 'must be at most 32')),
  z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16), z.literal(32)], 'must be 1, 2, 4, 8, 16 or 32'),
]);

/** PUT /api/admin/courses/:courseId/lessons/:lessonId/sync */
export const syncRequestSchema = z.object({
  syncPoints: syncPointsSchema,
  tempoBpm: z.optional(tempoBpmSchema),
  timeSignature: z.optional(timeSignatureSchema),
  firstDownbeatMs: z.optional(wholeMs),
  version: z.number().check(z.int(), z.nonnegative()),
});
export type SyncRequest = z.input<typeof syncRequestSchema>;

/** GET /api/courses/:courseId/lessons/:lessonId/score: the score file (if any) and its timing. */
export const lessonScoreSchema = z.object({
  url: z.nullable(z.string()),
  format: z.nullable(z.enum(SCORE_FORMATS)),
  fileName: z.nullable(z.string()),
  syncPoints: z.array(syncPointSchema),
  tempoBpm: z.nullable(z.number()),
  timeSignature: z.nullable(z.tuple([z.number(), z.number()])),
  firstDownbeatMs: z.nullable(z.number()),
});
export type LessonScore = z.infer<typeof lessonScoreSchema>;

/** A playback speed: 0.25× to 1.5× in 5 % steps. */
export const speedSchema = z.number().check(
  z.minimum(MIN_SPEED, `must be at least ${MIN_SPEED}`),
  z.maximum(MAX_SPEED, `must be at most ${MAX_SPEED}`),
  z.refine((speed) => Math.abs(speed / SPEED_STEP - Math.round(speed / SPEED_STEP)) < 1e-6, `must be a multiple of ${SPEED_STEP}`),
);

/** The speed trainer: from `startSpeed`, `step` faster after `repetitionsPerStep` clean passes, until `targetSpeed`. */
export const speedTrainerSchema = z.object({
  startSpeed: speedSchema,
  step: z.number().check(z.minimum(SPEED_STEP, `must be at least ${SPEED_STEP}`), z.maximum(0.5, 'must be at most 0.5')),
  repetitionsPerStep: z.number().check(z.int('must be a whole number'), z.minimum(1, 'must be at least 1'), z.maximum(50, 'must be at most 50')),
  targetSpeed: speedSchema,
});
export type SpeedTrainer = z.infer<typeof speedTrainerSchema>;

const loopName = z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(MAX_LOOP_NAME_LENGTH, `must be at most ${MAX_LOOP_NAME_LENGTH} characters`));

const loopFields = {
  name: loopName,
  startMs: wholeMs,
  endMs: wholeMs,
  speed: speedSchema,
  trainer: z.optional(z.nullable(speedTrainerSchema)),
  bestSpeed: z.optional(z.nullable(speedSchema)),
};

const startBeforeEnd = z.refine<{ startMs: number; endMs: number }>((loop) => loop.startMs < loop.endMs, {
  message: 'must be after startMs',
  path: ['endMs'],
});

/** POST /api/me/loops */
export const loopCreateRequestSchema = z.object({ courseId: id, lessonId: id, ...loopFields }).check(startBeforeEnd);
export type LoopCreateRequest = z.input<typeof loopCreateRequestSchema>;

/** PUT /api/me/loops/:loopId: the loop's fields as they are now (the lesson stays). */
export const loopUpdateRequestSchema = z.object(loopFields).check(startBeforeEnd);
export type LoopUpdateRequest = z.input<typeof loopUpdateRequestSchema>;

/** GET /api/me/loops?courseId=&lessonId= */
export const loopListQuerySchema = z.object({ courseId: id, lessonId: id });

export const savedLoopSchema = z.object({
  loopId: z.string(),
  courseId: z.string(),
  lessonId: z.string(),
  name: z.string(),
  startMs: z.number(),
  endMs: z.number(),
  speed: z.number(),
  trainer: z.nullable(speedTrainerSchema),
  bestSpeed: z.nullable(z.number()),
  updatedAt: z.string(),
});
export type SavedLoop = z.infer<typeof savedLoopSchema>;
export const loopListSchema = z.object({ items: z.array(savedLoopSchema) });
export type LoopList = z.infer<typeof loopListSchema>;
