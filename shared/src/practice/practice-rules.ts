/**
 * Limits of the practice player: scores, sync points, playback speeds, saved loops. No
 * dependencies (no zod), so the web app can import these values
 * (`@lessonstage/shared/practice-rules`); the API enforces them.
 */

/** How a lesson's score file is read (decided from its bytes, not its name). */
export const SCORE_FORMATS = ['guitar-pro', 'musicxml', 'alphatex'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

export const MAX_SCORE_BYTES = 10 * 1024 ** 2;
export const MAX_SYNC_POINTS = 5_000;
export const MIN_TEMPO_BPM = 20;
export const MAX_TEMPO_BPM = 400;

/** Playback speeds: 0.25× to 1.5× in 5 % steps. */
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 1.5;
export const SPEED_STEP = 0.05;

export const MAX_LOOP_NAME_LENGTH = 80;
export const MAX_LOOPS_PER_LESSON = 200;

/** The practice journal's limits the web app works with (the API enforces them). */
export const MAX_PRACTICE_SESSIONS_PER_REQUEST = 50;
export const MAX_WEEKLY_GOAL_SECONDS = 7 * 24 * 3600;
