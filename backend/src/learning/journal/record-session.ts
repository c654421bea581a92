import { randomUUID } from 'node:crypto';
import type { PracticeSession } from '@lessonstage/shared';
import { ConflictError } from '../../lib/http/http-errors';
import { courseTotalKey, lessonTotalKey, monthKey, slotAttribute, type PracticeJournalRepository, type SessionRecord } from './practice-journal.repository';
import { slotOf, spreadOverSlots } from './time-slots';

/**
 * How long one request may spend counting a session before another may take over. Far longer
 * than any request lives (the Lambda timeout is 10 s), so a request that lost its lease is dead.
 */
export const SESSION_LEASE_MS = 60_000;

/** Another request is counting the same session right now: send it again a little later. */
export class SessionBusyError extends ConflictError {
  constructor(index: number) {
    super(`sessions[${index}].sessionId: is being recorded by another request; send it again later`, 'SessionInProgress');
  }
}

/**
 * Counts a session exactly once without transactions (the local DynamoDB has none), in steps that
 * each are one conditional write, so a crash anywhere leaves a state a retry completes:
 * 1. the session item is created `recording`, with a lease for this request (or a request whose
 *    lease ran out is taken over);
 * 2. each aggregate (UTC days, lesson and course totals) gets its seconds and the session's id in
 *    one write that does nothing if the id is already there; loop bests and "last practised"
 *    only ever rise, so replaying them is harmless;
 * 3. `counted`, only by the lease holder: from here nobody adds this session again;
 * 4. the ids are dropped from the aggregates (they would otherwise grow without end), then `done`.
 */
export async function recordSession(journal: PracticeJournalRepository, userId: string, session: PracticeSession, index: number, now = Date.now): Promise<void> {
  const owner = randomUUID();
  const fresh: SessionRecord = { ...session, sessionId: session.sessionId.toLowerCase(), loops: session.loops ?? [], state: 'recording', owner, leaseUntil: now() + SESSION_LEASE_MS };
  let record: SessionRecord | undefined = fresh;
  if (!(await journal.createSession(userId, fresh))) {
    record = await journal.getSession(userId, fresh.sessionId);
    if (!record || record.state === 'done') return;
    if (record.state === 'recording') {
      if ((record.leaseUntil ?? 0) > now() || !(await journal.takeOverSession(userId, record.sessionId, record.leaseUntil ?? 0, owner, now() + SESSION_LEASE_MS))) {
        throw new SessionBusyError(index);
      }
    }
  }
  if (record.state === 'recording') {
    await addToAggregates(journal, userId, record);
    if (!(await journal.markCounted(userId, record.sessionId, owner, now()))) throw new SessionBusyError(index);
  }
  await Promise.all(aggregateKeys(record).map((key) => journal.forgetApplied(userId, key, record.sessionId)));
  await journal.markDone(userId, record.sessionId);
}

/** The session's seconds as month item attributes, per UTC month (two when it runs over a month's end). */
function slotSeconds(session: SessionRecord): Map<string, Record<string, number>> {
  const byMonth = new Map<string, Record<string, number>>();
  for (const [utcDate, slots] of spreadOverSlots(Date.parse(session.startedAt), session.seconds)) {
    const add = byMonth.get(utcDate.slice(0, 7)) ?? {};
    for (const [slot, seconds] of slots) add[slotAttribute(utcDate, slot)] = seconds;
    byMonth.set(utcDate.slice(0, 7), add);
  }
  return byMonth;
}

function aggregateKeys(session: SessionRecord): string[] {
  const months = [...slotSeconds(session).keys()].map(monthKey);
  return [...months, lessonTotalKey(session.courseId, session.lessonId), courseTotalKey(session.courseId)];
}

async function addToAggregates(journal: PracticeJournalRepository, userId: string, session: SessionRecord): Promise<void> {
  const { sessionId, courseId, lessonId, seconds } = session;
  const startedAtMs = Date.parse(session.startedAt);
  const writes: Promise<unknown>[] = [];
  for (const [month, add] of slotSeconds(session)) writes.push(journal.addOnce(userId, monthKey(month), sessionId, add));
  writes.push(journal.addOnce(userId, lessonTotalKey(courseId, lessonId), sessionId, { seconds }, { courseId, lessonId }));
  writes.push(journal.addOnce(userId, courseTotalKey(courseId), sessionId, { seconds }, { courseId }));
  writes.push(journal.raiseLastPractised(userId, courseId, lessonId, new Date(startedAtMs + seconds * 1000).toISOString()));
  const { utcDate, slot } = slotOf(startedAtMs);
  // A loop counts towards its best speed once played through at least once.
  for (const loop of session.loops) if (loop.loopId && loop.repetitions > 0) writes.push(journal.raiseLoopBest(userId, loop.loopId, utcDate, slot, loop.speed));
  await Promise.all(writes);
}
