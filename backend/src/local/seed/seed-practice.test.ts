import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticeJournalRepository } from '../../learning/journal/practice-journal.repository';
import { practiceSummary } from '../../learning/journal/practice-summary';
import { LoopsRepository } from '../../learning/loops.repository';
import { LOOPS_TABLE, PRACTICE_TABLE } from '../../lib/db/table-definitions';
import { startTestDynamoDb, type TestDynamoDb } from '../../testing/test-dynamodb';
import { seedDemoPractice } from './seed-practice';

describe('demo practice', () => {
  let dynamo: TestDynamoDb;
  beforeAll(async () => {
    dynamo = await startTestDynamoDb();
  });
  afterAll(() => dynamo.close());

  it('gives the administrator four weeks of practice and a loop getting faster, once', async () => {
    const journal = new PracticeJournalRepository(dynamo.doc, PRACTICE_TABLE.localName);
    const loops = new LoopsRepository(dynamo.doc, LOOPS_TABLE.localName);
    const now = new Date('2026-12-05T08:00:00Z');
    expect(await seedDemoPractice(journal, loops, 'admin-1', now)).toBeGreaterThan(20);
    expect(await seedDemoPractice(journal, loops, 'admin-1', new Date('2026-12-09T08:00:00Z'))).toBe(0);
    const summary = await practiceSummary(journal, 'admin-1', { from: '2026-11-01', to: '2026-12-05', tz: 'Europe/Berlin' }, now.getTime());
    expect(summary.days.length).toBeGreaterThan(20);
    expect(summary.streakDays).toBeGreaterThan(1);
    expect(summary.perCourse).toEqual([{ courseId: 'demo-guitar-blues-lead', seconds: expect.any(Number) }]);
    const [loop] = summary.loops;
    expect(loop?.loopId).toBe('loop-demo-boogie');
    expect(loop!.points.at(-1)!.bestSpeed).toBeGreaterThan(loop!.points[0]!.bestSpeed);
    expect(await loops.listForLesson('admin-1', 'demo-guitar-blues-lead', 's1l1')).toHaveLength(1);
  });
});
