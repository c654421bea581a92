import { createHash } from 'node:crypto';
import type { PracticeSession } from '@lessonstage/shared';
import type { PracticeJournalRepository } from '../../learning/journal/practice-journal.repository';
import { recordSession } from '../../learning/journal/record-session';
import { lessonKeyOf } from '../../learning/loop.record';
import type { LoopsRepository } from '../../learning/loops.repository';

const COURSE = 'demo-guitar-blues-lead';
const LOOP_ID = 'loop-demo-boogie';
const DAYS = 28;

/** A UUID made from a name, so the same demo session has the same id at every start. */
function uuidOf(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Four weeks of practice for the local administrator, ending the day before the first start,
 * with a saved loop played ever faster: the practice page has something to show at once. Only
 * when their journal is empty, so later starts add nothing.
 */
export async function seedDemoPractice(journal: PracticeJournalRepository, loops: LoopsRepository, userId: string, now = new Date()): Promise<number> {
  const { totals } = await journal.totalsAndGoal(userId);
  if (totals.length) return 0;
  const createdAt = now.toISOString();
  await loops.put({
    userId,
    loopId: LOOP_ID,
    lessonKey: lessonKeyOf(userId, COURSE, 's1l1'),
    courseId: COURSE,
    lessonId: 's1l1',
    name: 'Turnaround, bars 9–12',
    startMs: 13_333,
    endMs: 18_667,
    speed: 0.75,
    trainer: { startSpeed: 0.6, step: 0.05, repetitionsPerStep: 3, targetSpeed: 1 },
    bestSpeed: 0.9,
    createdAt,
    updatedAt: createdAt,
  });
  const sessions: PracticeSession[] = [];
  for (let day = DAYS; day >= 1; day--) {
    // A rest day most weeks, so the streak is not the whole month.
    if (day % 9 === 4) continue;
    const start = new Date(now.getTime() - day * 86_400_000);
    start.setUTCHours(17 + (day % 3), 10 * (day % 5), 0, 0);
    const speed = Math.min(0.9, 0.6 + Math.floor((DAYS - day) / 4) * 0.05);
    sessions.push({
      sessionId: uuidOf(`demo-practice-${userId}-${day}`),
      courseId: COURSE,
      lessonId: day % 2 ? 's1l1' : 's2l1',
      startedAt: start.toISOString(),
      seconds: 600 + (day % 4) * 300,
      loops: day % 2 ? [{ loopId: LOOP_ID, startMs: 13_333, endMs: 18_667, speed: Number(speed.toFixed(2)), repetitions: 6 }] : [],
    });
  }
  for (const [i, session] of sessions.entries()) await recordSession(journal, userId, session, i);
  return sessions.length;
}
