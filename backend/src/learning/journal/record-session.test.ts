import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PracticeSession } from '@lessonstage/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_TABLE } from '../../lib/db/table-definitions';
import { startTestDynamoDb, type TestDynamoDb } from '../../testing/test-dynamodb';
import { monthKey, PracticeJournalRepository, slotAttribute } from './practice-journal.repository';
import { practiceSummary } from './practice-summary';
import { recordSession, SESSION_LEASE_MS, SessionBusyError } from './record-session';
import { addDays } from './time-slots';

const TABLE = PRACTICE_TABLE.localName;

/** A client that sends `writesBeforeCrash` requests, then fails: before sending, or after (the answer lost). */
function crashingClient(db: DynamoDBDocumentClient, writesBeforeCrash: number, when: 'before' | 'after'): DynamoDBDocumentClient {
  let sent = 0;
  const send = async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
    if (sent++ < writesBeforeCrash) return db.send(command);
    if (when === 'after') await db.send(command);
    throw new Error('crash');
  };
  return { send } as unknown as DynamoDBDocumentClient;
}

function session(overrides: Partial<PracticeSession> = {}): PracticeSession {
  return {
    sessionId: randomUUID(),
    courseId: 'course-a',
    lessonId: 's1l1',
    // 23:55 UTC for 10 minutes: two UTC days, so two day items.
    startedAt: '2026-11-30T23:55:00.000Z',
    seconds: 600,
    loops: [{ loopId: 'loop-1', startMs: 0, endMs: 4000, speed: 0.75, repetitions: 3 }],
    ...overrides,
  };
}

describe('recording practice sessions exactly once', () => {
  let dynamo: TestDynamoDb;
  let journal: PracticeJournalRepository;
  const now = Date.parse('2026-12-01T12:00:00Z');
  const query = { from: '2026-11-01', to: '2026-12-01', tz: 'UTC' };

  beforeAll(async () => {
    dynamo = await startTestDynamoDb();
    journal = new PracticeJournalRepository(dynamo.doc, TABLE);
  });
  afterAll(() => dynamo.close());

  const summaryOf = (userId: string) => practiceSummary(journal, userId, query, now);
  const item = async (userId: string, itemKey: string) => (await dynamo.doc.send(new GetCommand({ TableName: TABLE, Key: { userId, itemKey } }))).Item;

  async function expectCountedOnce(userId: string, seconds = 600): Promise<void> {
    const summary = await summaryOf(userId);
    expect(summary.days.reduce((sum, d) => sum + d.seconds, 0)).toBe(seconds);
    expect(summary.perLesson).toEqual([{ courseId: 'course-a', lessonId: 's1l1', seconds, lastPractisedAt: expect.any(String) }]);
    expect(summary.perCourse).toEqual([{ courseId: 'course-a', seconds }]);
  }

  it('counts the same session sent twice once, and leaves no marks behind', async () => {
    const userId = randomUUID();
    const sent = session();
    await recordSession(journal, userId, sent, 0, () => now);
    await recordSession(journal, userId, { ...sent, sessionId: sent.sessionId.toUpperCase(), seconds: 900 }, 0, () => now);
    await expectCountedOnce(userId);
    const summary = await summaryOf(userId);
    expect(summary.days).toEqual([
      { date: '2026-11-30', seconds: 300 },
      { date: '2026-12-01', seconds: 300 },
    ]);
    expect(summary.perLesson[0]!.lastPractisedAt).toBe('2026-12-01T00:05:00.000Z');
    expect(summary.loops).toEqual([{ loopId: 'loop-1', points: [{ date: '2026-11-30', bestSpeed: 0.75 }] }]);
    for (const key of ['month#2026-11', 'month#2026-12', 'total#lesson#course-a#s1l1', 'total#course#course-a']) expect((await item(userId, key))?.applying).toBeUndefined();
    expect((await item(userId, `session#${sent.sessionId}`))?.state).toBe('done');
  });

  it('gives this week and the current streak whatever range is asked for, reading back as far as the streak goes', async () => {
    const userId = randomUUID();
    // 500 days in a row up to 1 Dec 2026, 10:00 UTC each: written as the month items hold them.
    const byMonth = new Map<string, Record<string, number>>();
    for (let day = 0; day < 500; day++) {
      const date = addDays('2026-12-01', -day);
      byMonth.set(date.slice(0, 7), { ...byMonth.get(date.slice(0, 7)), [slotAttribute(date, 40)]: 60 });
    }
    for (const [month, add] of byMonth) await journal.addOnce(userId, monthKey(month), `seed-${month}`, add);
    const recent = await practiceSummary(journal, userId, { from: '2026-11-01', to: '2026-12-01', tz: 'Asia/Kolkata' }, now);
    expect(recent).toMatchObject({ streakDays: 500, longestStreakDays: 31, thisWeekSeconds: 120 });
    const longAgo = await practiceSummary(journal, userId, { from: '2020-01-01', to: '2020-12-31', tz: 'America/St_Johns' }, now);
    expect(longAgo).toMatchObject({ days: [], streakDays: 500, longestStreakDays: 0, thisWeekSeconds: 120 });
    // On 2 December, before practising, the run still counts (it ends yesterday).
    expect((await practiceSummary(journal, userId, { from: '2026-11-01', to: '2026-12-02', tz: 'UTC' }, now + 86_400_000)).streakDays).toBe(500);
    // On 3 December the run has ended: yesterday was not practised.
    expect((await practiceSummary(journal, userId, { from: '2026-11-01', to: '2026-12-03', tz: 'UTC' }, now + 2 * 86_400_000)).streakDays).toBe(0);
  });

  it('goes on from the run it remembered, and still sees a day added before it', async () => {
    const userId = randomUUID();
    const practise = (date: string) => journal.addOnce(userId, monthKey(date.slice(0, 7)), `seed-${date}`, { [slotAttribute(date, 40)]: 60 });
    for (let day = 0; day < 100; day++) await practise(addDays('2026-12-01', -day));
    expect((await summaryOf(userId)).streakDays).toBe(100);
    expect(await item(userId, 'streak#UTC')).toMatchObject({ start: '2026-08-24', through: '2026-12-01' });
    // The remembered run is taken as it is: with a day in it gone (never so in use), the streak stays.
    await dynamo.doc.send(new DeleteCommand({ TableName: TABLE, Key: { userId, itemKey: monthKey('2026-09') } }));
    expect((await summaryOf(userId)).streakDays).toBe(100);
    // A session sent late for the day before the run joins it: the history is read again, gap and all.
    await practise('2026-08-23');
    expect((await summaryOf(userId)).streakDays).toBe(31 + 30 + 1);
    expect(await item(userId, 'streak#UTC')).toMatchObject({ start: '2026-10-01', through: '2026-12-01' });
  });

  it('keeps a loop’s best speed per day, never lowered by a slower pass', async () => {
    const userId = randomUUID();
    const loop = { loopId: 'loop-2', startMs: 0, endMs: 1000, repetitions: 1 };
    await recordSession(journal, userId, session({ loops: [{ ...loop, speed: 0.9 }] }), 0, () => now);
    await recordSession(journal, userId, session({ loops: [{ ...loop, speed: 0.6 }, { ...loop, loopId: undefined, speed: 1.5 }, { ...loop, loopId: 'loop-3', speed: 1, repetitions: 0 }] }), 0, () => now);
    expect((await summaryOf(userId)).loops).toEqual([{ loopId: 'loop-2', points: [{ date: '2026-11-30', bestSpeed: 0.9 }] }]);
  });

  for (const when of ['before', 'after'] as const) {
    it(`completes a session a crash stopped at any write (${when} the write), when retried, counting it once`, async () => {
      for (let writes = 0; writes < 16; writes++) {
        const userId = randomUUID();
        const sent = session();
        const crashing = new PracticeJournalRepository(crashingClient(dynamo.doc, writes, when), TABLE);
        const crashed = await recordSession(crashing, userId, sent, 0, () => now).then(() => false, () => true);
        if (crashed && (await item(userId, `session#${sent.sessionId}`))?.state === 'recording') {
          // The crashed request still holds its lease: a retry at once is told to come back.
          await expect(recordSession(journal, userId, sent, 3, () => now)).rejects.toThrow(SessionBusyError);
        }
        await recordSession(journal, userId, sent, 0, () => now + SESSION_LEASE_MS + 1);
        await recordSession(journal, userId, sent, 0, () => now + SESSION_LEASE_MS + 2);
        await expectCountedOnce(userId);
        expect((await item(userId, `session#${sent.sessionId}`))?.state, `crash after ${writes} writes`).toBe('done');
        if (!crashed) break;
      }
    });
  }

  it('counts a session sent by two requests at once once; the one that finds it busy is told so', async () => {
    const userId = randomUUID();
    const sent = session();
    const results = await Promise.allSettled([recordSession(journal, userId, sent, 0, () => now), recordSession(journal, userId, sent, 0, () => now)]);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(SessionBusyError);
    await recordSession(journal, userId, sent, 0, () => now);
    await expectCountedOnce(userId);
  });

  it('adds up different sessions of a batch recorded in parallel', async () => {
    const userId = randomUUID();
    const batch = Array.from({ length: 12 }, () => session({ startedAt: '2026-12-01T08:00:00.000Z', seconds: 100, loops: undefined }));
    await Promise.all(batch.map((s, i) => recordSession(journal, userId, s, i, () => now)));
    await Promise.all(batch.map((s, i) => recordSession(journal, userId, s, i, () => now)));
    const summary = await summaryOf(userId);
    expect(summary.days).toEqual([{ date: '2026-12-01', seconds: 1200 }]);
    expect(summary.perCourse).toEqual([{ courseId: 'course-a', seconds: 1200 }]);
  });
});
