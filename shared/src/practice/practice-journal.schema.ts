import * as z from '../validation/zod';
import { resourceIdSchema as id } from '../http/request-fields.schema';
import { speedSchema } from './practice.schema';
import { MAX_PRACTICE_SESSIONS_PER_REQUEST, MAX_WEEKLY_GOAL_SECONDS } from './practice-rules';

/** Limits of the practice journal; the API enforces them, the web app may show them. */
export const MAX_LOOPS_PER_PRACTICE_SESSION = 50;
/** One session is at most a day of playing (a longer one is sent as several). */
export const MAX_PRACTICE_SESSION_SECONDS = 24 * 3600;
/** How far ahead of the server's clock a browser's `startedAt` may be. */
export const PRACTICE_CLOCK_SKEW_MS = 5 * 60_000;
export const MAX_SUMMARY_DAYS = 400;

const wholeMs = z.number().check(z.int('must be a whole number of milliseconds'), z.nonnegative('must not be negative'));

/** A loop played during a session; `loopId` when it is one of the student's saved loops. */
export const practisedLoopSchema = z
  .object({
    loopId: z.optional(id),
    startMs: wholeMs,
    endMs: wholeMs,
    speed: speedSchema,
    repetitions: z.number().check(z.int('must be a whole number'), z.nonnegative('must not be negative'), z.maximum(10_000, 'must be at most 10000')),
  })
  .check(z.refine((loop) => loop.startMs < loop.endMs, { message: 'must be after startMs', path: ['endMs'] }));
export type PractisedLoop = z.infer<typeof practisedLoopSchema>;

const uuid = z.string().check(z.regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID'));

/** Time actually played on one lesson, made and named (`sessionId`) by the browser. */
export const practiceSessionSchema = z.object({
  sessionId: uuid,
  courseId: id,
  lessonId: id,
  startedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).check(z.refine((at) => Number.isFinite(Date.parse(at)), 'must be a real date-time')),
  seconds: z.number().check(
    z.int('must be a whole number of seconds'),
    z.minimum(1, 'must be at least 1'),
    z.maximum(MAX_PRACTICE_SESSION_SECONDS, `must be at most ${MAX_PRACTICE_SESSION_SECONDS}`),
  ),
  loops: z.optional(z.array(practisedLoopSchema).check(z.maxLength(MAX_LOOPS_PER_PRACTICE_SESSION, `must have at most ${MAX_LOOPS_PER_PRACTICE_SESSION} loops`))),
});
export type PracticeSession = z.infer<typeof practiceSessionSchema>;

/** POST /api/me/practice → 202. A `sessionId` already recorded is accepted and counted once. */
export const practiceRecordRequestSchema = z.object({
  sessions: z
    .array(practiceSessionSchema)
    .check(z.minLength(1, 'must have at least 1 session'), z.maxLength(MAX_PRACTICE_SESSIONS_PER_REQUEST, `must have at most ${MAX_PRACTICE_SESSIONS_PER_REQUEST} sessions`)),
});
export type PracticeRecordRequest = z.input<typeof practiceRecordRequestSchema>;
/**
 * The 202's body: how many sessions of the request are now counted (new or already). A 409
 * `SessionInProgress` means another request is counting one of them: send the batch again later.
 */
export const practiceRecordResponseSchema = z.object({ accepted: z.number() });
export type PracticeRecordResponse = z.infer<typeof practiceRecordResponseSchema>;

/**
 * What is wrong with a session's times against the server's clock `nowMs`, if anything: started
 * more than 5 minutes ahead, or more seconds played than have passed since it started.
 */
export function practiceSessionTimeProblem(session: Pick<PracticeSession, 'startedAt' | 'seconds'>, nowMs: number): { field: 'startedAt' | 'seconds'; message: string } | undefined {
  const started = Date.parse(session.startedAt);
  if (started > nowMs + PRACTICE_CLOCK_SKEW_MS) return { field: 'startedAt', message: 'must not be more than 5 minutes in the future' };
  // The same 5 minutes of clock skew: a browser slightly ahead still reports its last seconds.
  if (session.seconds * 1000 > nowMs + PRACTICE_CLOCK_SKEW_MS - started) return { field: 'seconds', message: 'must not be longer than the time since startedAt' };
  return undefined;
}

/** A time zone this runtime knows (IANA name, e.g. Europe/Berlin). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, as the browser reports it (`Intl.DateTimeFormat().resolvedOptions().timeZone`). */
export const timeZoneSchema = z.string().check(z.maxLength(64, 'must be at most 64 characters'), z.refine(isKnownTimeZone, 'must be a known time zone, e.g. Europe/Berlin'));

const localDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  z.refine((date) => {
    const ms = Date.parse(`${date}T00:00:00Z`);
    return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(date);
  }, 'must be a real date'),
);
const DAY_MS = 86_400_000;

/** GET /api/me/practice/summary?from=&to=&tz= : `from` and `to` are the student's local days, both included. */
export const practiceSummaryQuerySchema = z
  .object({
    from: localDate,
    to: localDate,
    tz: timeZoneSchema,
  })
  .check(
    z.superRefine(({ from, to }, ctx) => {
      const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
      if (days < 1) ctx.issues.push({ code: 'custom', input: to, path: ['to'], message: 'must not be before from' });
      else if (days > MAX_SUMMARY_DAYS) ctx.issues.push({ code: 'custom', input: to, path: ['to'], message: `must be at most ${MAX_SUMMARY_DAYS} days after from` });
    }),
  );
export type PracticeSummaryQuery = z.infer<typeof practiceSummaryQuerySchema>;

/** PUT /api/me/practice/goal → 200 with the goal. 0 means no goal. */
export const practiceGoalSchema = z.object({
  weeklyGoalSeconds: z.number().check(
    z.int('must be a whole number of seconds'),
    z.nonnegative('must not be negative'),
    z.maximum(MAX_WEEKLY_GOAL_SECONDS, `must be at most ${MAX_WEEKLY_GOAL_SECONDS}`),
  ),
});
export type PracticeGoal = z.infer<typeof practiceGoalSchema>;

/**
 * The summary. `days`: only days with practice, in the range, oldest first. `streakDays`: local
 * days in a row with practice ending today or yesterday (not limited to the range);
 * `longestStreakDays`: the longest run within the range. `thisWeekSeconds`: Monday to today.
 * `perLesson` and `perCourse`: all time, most practised first. `loops`: each saved loop's best
 * speed per day within the range (days it was played at least once through).
 */
export const practiceSummarySchema = z.object({
  days: z.array(z.object({ date: z.string(), seconds: z.number() })),
  streakDays: z.number(),
  longestStreakDays: z.number(),
  weeklyGoalSeconds: z.number(),
  thisWeekSeconds: z.number(),
  perLesson: z.array(z.object({ courseId: z.string(), lessonId: z.string(), seconds: z.number(), lastPractisedAt: z.string() })),
  perCourse: z.array(z.object({ courseId: z.string(), seconds: z.number() })),
  loops: z.array(z.object({ loopId: z.string(), points: z.array(z.object({ date: z.string(), bestSpeed: z.number() })) })),
});
export type PracticeSummary = z.infer<typeof practiceSummarySchema>;
