import { Hono } from 'hono';
import {
  practiceGoalSchema,
  practiceRecordRequestSchema,
  practiceSessionTimeProblem,
  practiceSummaryQuerySchema,
  type PracticeGoal,
  type PracticeRecordResponse,
  type PracticeSession,
  type PracticeSummary,
} from '@lessonstage/shared';
import { requireUser } from '../../auth/auth.middleware';
import { BadRequestError, HttpError } from '../../lib/http/http-errors';
import type { Principal } from '../../lib/http/principal';
import { parseInput, parseJsonBody } from '../../lib/http/validate';
import { assertMayOpenLesson, findLesson } from '../../media/lesson-access';
import type { LearningDeps, LearningEnv } from '../learning.deps';
import { practiceSummary } from './practice-summary';
import { recordSession } from './record-session';

/** Sessions counted at once in one request: enough to overlap the writes, few enough to be fair to other requests. */
const CONCURRENT_SESSIONS = 5;

function assertTimes(sessions: readonly PracticeSession[], nowMs: number): void {
  for (const [i, session] of sessions.entries()) {
    const problem = practiceSessionTimeProblem(session, nowMs);
    if (problem) throw new BadRequestError(`sessions[${i}].${problem.field}: ${problem.message}`, 'ValidationError');
  }
}

/** Every lesson of the batch must be one the student may open; the refusal names the first session that is not. */
async function assertMayOpenAll(deps: LearningDeps, principal: Principal, sessions: readonly PracticeSession[]): Promise<void> {
  const checked = new Set<string>();
  for (const [i, { courseId, lessonId }] of sessions.entries()) {
    if (checked.has(`${courseId}/${lessonId}`)) continue;
    checked.add(`${courseId}/${lessonId}`);
    try {
      await assertMayOpenLesson(findLesson(await deps.courses.get(courseId), lessonId, principal), principal, deps.enrollments);
    } catch (error) {
      if (error instanceof HttpError) throw new HttpError(error.status, `sessions[${i}].lessonId: ${error.message}`, error.code);
      throw error;
    }
  }
}

/** A student's practice journal: sessions the player records, the summary of them, the weekly goal. */
export const practiceJournalRoutes = new Hono<LearningEnv>()
  .post('/me/practice', requireUser, async (c) => {
    const { sessions } = await parseJsonBody(c, practiceRecordRequestSchema);
    assertTimes(sessions, Date.now());
    const deps = c.get('deps');
    const principal = c.get('principal')!;
    await assertMayOpenAll(deps, principal, sessions);
    const failures: unknown[] = [];
    for (let i = 0; i < sessions.length; i += CONCURRENT_SESSIONS) {
      const results = await Promise.allSettled(sessions.slice(i, i + CONCURRENT_SESSIONS).map((session, j) => recordSession(deps.practiceJournal, principal.userId, session, i + j)));
      for (const result of results) if (result.status === 'rejected') failures.push(result.reason);
    }
    // The others are counted; sending the whole batch again counts only what is missing.
    if (failures.length) throw failures[0];
    return c.json<PracticeRecordResponse>({ accepted: sessions.length }, 202);
  })
  .get('/me/practice/summary', requireUser, async (c) => {
    const query = parseInput(practiceSummaryQuerySchema, c.req.query());
    return c.json<PracticeSummary>(await practiceSummary(c.get('deps').practiceJournal, c.get('principal')!.userId, query));
  })
  .put('/me/practice/goal', requireUser, async (c) => {
    const { weeklyGoalSeconds } = await parseJsonBody(c, practiceGoalSchema);
    await c.get('deps').practiceJournal.setWeeklyGoal(c.get('principal')!.userId, weeklyGoalSeconds);
    return c.json<PracticeGoal>({ weeklyGoalSeconds });
  });
