import { randomUUID } from 'node:crypto';
import type { PracticeSession } from '@lessonstage/shared';
import { createDeps } from '../backend/src/app/api-deps';
import { recordSession } from '../backend/src/learning/journal/record-session';
import { addDays, localDateOf } from '../backend/src/learning/journal/time-slots';
import { DEFAULT_ADMIN, throwawayStackOptions } from '../backend/src/local/local-config';
import { measure, type LoadFigures } from './load';
import { report } from './report';
import { ownTempDir } from './resources';
import { startDynaliteProcess, startStackProcess, type DynamoDbProcess, type StackProcess } from './stack-client';

const YEARS = 2;
const SESSIONS_A_DAY = 3;
const TZ = 'Europe/Berlin';
/** Morning, lunch and evening, in UTC; ten to thirty minutes each, on four lessons and three saved loops. */
const TIMES_UTC = ['06:30', '11:45', '19:15'];

function sessionsOf(today: string): PracticeSession[] {
  const sessions: PracticeSession[] = [];
  for (let day = YEARS * 365; day >= 1; day--) {
    const date = addDays(today, -day);
    for (let n = 0; n < SESSIONS_A_DAY; n++) {
      const k = day * SESSIONS_A_DAY + n;
      sessions.push({
        sessionId: randomUUID(),
        courseId: k % 5 === 0 ? 'demo-piano-reading' : 'demo-guitar-first-chords',
        lessonId: `s1l${(k % 4) + 1}`,
        startedAt: `${date}T${TIMES_UTC[n]}:00.000Z`,
        seconds: 600 + (k % 13) * 90,
        loops: [{ loopId: `loop-${k % 3}`, startMs: 8000, endMs: 16_000, speed: 0.5 + ((day % 20) * 0.05 > 1 ? 1 : (day % 20) * 0.05), repetitions: 4 }],
      });
    }
  }
  return sessions;
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T, index: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((item, j) => run(item, i + j)));
}

/**
 * The practice summary of a student with two years of daily practice (3 sessions a day, each
 * with a loop), seeded through the real recording code, read over HTTP for a 365-day range.
 */
export async function practiceSummaryBench(): Promise<void> {
  const dataDir = ownTempDir('lessonstage-bench-');
  let dynamoDb: DynamoDbProcess | undefined;
  let stack: StackProcess | undefined;
  try {
    dynamoDb = await startDynaliteProcess();
    stack = await startStackProcess(throwawayStackOptions(dataDir.path, { dynamoDbEndpoint: dynamoDb.endpoint }));
    const { practiceJournal } = createDeps(stack.config);
    const signIn = await fetch(`${stack.url}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEFAULT_ADMIN) });
    const { accessToken, user } = (await signIn.json()) as { accessToken: string; user: { userId: string } };

    const today = localDateOf(Date.now(), TZ);
    const sessions = sessionsOf(today);
    const began = performance.now();
    await inBatches(sessions, 10, (session, i) => recordSession(practiceJournal, user.userId, session, i));
    const seedSeconds = (performance.now() - began) / 1000;
    console.log(`seeded ${sessions.length} sessions in ${seedSeconds.toFixed(1)} s`);

    const headers = { authorization: `Bearer ${accessToken}` };
    const url = (days: number) => `${stack!.url}/api/me/practice/summary?from=${addDays(today, -(days - 1))}&to=${today}&tz=${encodeURIComponent(TZ)}`;
    const check = (await (await fetch(url(365), { headers })).json()) as { days: unknown[]; streakDays: number };
    console.log(`365-day summary: ${check.days.length} days, streak ${check.streakDays} days`);
    const figures: [string, LoadFigures][] = [
      ['365 days, 1 connection', await measure(url(365), { connections: 1, headers })],
      ['365 days, 10 connections', await measure(url(365), { connections: 10, headers })],
      ['30 days, 10 connections', await measure(url(30), { connections: 10, headers })],
      // The floor on this machine as it is: a signed-in request that reads one small Query.
      ['(floor) GET /api/me/loops, 10 connections', await measure(`${stack.url}/api/me/loops?courseId=demo-guitar-first-chords&lessonId=s1l1`, { connections: 10, headers })],
    ];
    report(
      'practice-summary',
      [
        ...figures.map(([range, f]) => ({
          'GET /api/me/practice/summary': range,
          'p50 ms': f.p50Ms,
          'p99 ms': f.p99Ms,
          'req/s': f.requestsPerSec,
          'p99 ≤ 50 ms': f.p99Ms <= 50 ? 'met' : 'NOT met',
          'non-2xx': f.non2xx,
          'errors+timeouts': f.errors + f.timeouts,
        })),
        { 'GET /api/me/practice/summary': `seeding: ${sessions.length} sessions recorded`, 'p50 ms': '', 'p99 ms': '', 'req/s': Math.round(sessions.length / seedSeconds), 'p99 ≤ 50 ms': '' },
      ],
      [
        `A student with ${YEARS} years of daily practice, ${SESSIONS_A_DAY} sessions a day with a loop each (${sessions.length} sessions), recorded through the real code (record-session.ts), 10 at a time; the current streak runs through all of it, so the read goes back past the range.`,
        'autocannon in this process, 5 s after a 1 s warm-up; the local stack in a second process and dynalite in a third, on this 2-core machine. Target: p99 ≤ 50 ms.',
      ],
    );
  } finally {
    await stack?.stop();
    await dynamoDb?.stop();
    await dataDir.remove();
  }
}
