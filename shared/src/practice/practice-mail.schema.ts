import * as z from '../validation/zod';
import { timeZoneSchema } from './practice-journal.schema';

/**
 * GET and PUT /api/me/practice/email: the weekly practice e-mail, off by default. Turning it on
 * needs the browser's time zone, the one the weeks are counted in.
 */
export const practiceEmailSettingsSchema = z
  .object({ weeklySummary: z.boolean('must be true or false'), tz: z.optional(timeZoneSchema) })
  .check(z.refine((settings) => !settings.weeklySummary || settings.tz !== undefined, { message: 'is required when weeklySummary is true', path: ['tz'] }));
export type PracticeEmailSettings = z.infer<typeof practiceEmailSettingsSchema>;

/** ?token= of the unsubscribe link: a signed value the e-mail carries (checked by the API, not here). */
export const unsubscribeQuerySchema = z.object({ token: z.string('is required').check(z.minLength(1, 'is required'), z.maxLength(512, 'must be at most 512 characters')) });

/** GET /api/practice/unsubscribe: the token is good; `weeklySummary` is the setting as it is now (GET changes nothing). */
export interface UnsubscribeStatus {
  readonly weeklySummary: boolean;
}

/** POST /api/admin/practice/weekly-email: what one run of the weekly job did. */
export interface WeeklyEmailRun {
  readonly students: number;
  readonly sent: number;
  /** Already sent this week (an earlier run), or no longer reachable (no account). */
  readonly skipped: number;
  readonly failed: number;
}
