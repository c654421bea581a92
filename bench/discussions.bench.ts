import { loadavg } from 'node:os';
import { createDeps } from '../backend/src/app/api-deps';
import type { CourseRecord } from '../backend/src/courses/course.record';
import { newReply, newThread } from '../backend/src/discussions/discussion-posting';
import type { ThreadRecord } from '../backend/src/discussions/discussion.record';
import { throwawayStackOptions } from '../backend/src/local/local-config';
import { fixtureTables, putCourse } from '../backend/src/testing/fixture-writes';
import { measure, type LoadFigures } from './load';
import { report } from './report';
import { ownTempDir } from './resources';
import { startDynaliteProcess, startStackProcess, type DynamoDbProcess, type StackProcess } from './stack-client';

const CONNECTIONS = 10;
const REPLIES = 500;

function course(courseId: string): CourseRecord {
  const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
  return {
    courseId,
    title: `Bench discussion ${courseId}`,
    description: 'A course whose discussion the benchmark fills.',
    instrument: 'guitar',
    level: 'beginner',
    priceCents: 2900,
    currency: 'USD',
    teacherName: 'Bench',
    status: 'published',
    createdAt: at,
    publishedAt: at,
    version: 1,
    sections: [{ sectionId: 's1', title: 'Section', lessons: [{ lessonId: 's1l1', title: 'Lesson', durationSec: 300, preview: false }] }],
  };
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** A student signed up and confirmed through the API and the dev mailbox, as a browser does. */
async function student(url: string): Promise<{ token: string; userId: string }> {
  const email = `bench-${Date.now()}@example.com`;
  const post = (path: string, body: unknown) => fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await post('/api/auth/signup', { email, password: 'Practice!123', name: 'Bench student' });
  const mails = (await (await fetch(`${url}/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as { text: string }[];
  await post('/api/auth/confirm', { email, code: /(\d{6})/.exec(mails[0]!.text)![1] });
  const { accessToken, user } = (await (await post('/api/auth/signin', { email, password: 'Practice!123' })).json()) as { accessToken: string; user: { userId: string } };
  return { token: accessToken, userId: user.userId };
}

/** `count` threads a second apart, written through the repository (the API's posting limit would take hours). */
async function seedThreads(deps: ReturnType<typeof createDeps>, courseId: string, count: number, authorId: string): Promise<ThreadRecord[]> {
  const author = { authorId, authorName: 'Bench student', authorTeacher: false };
  const base = Date.UTC(2026, 0, 1);
  const threads = Array.from({ length: count }, (_, i) => newThread(courseId, author, { title: `Question ${i}`, text: 'How do I keep the thumb relaxed on the low strings? '.repeat(4) }, new Date(base + i * 1000)));
  await inBatches(threads, 25, (thread) => deps.discussions.createThread(thread));
  return threads;
}

const cursorOf = (position: object) => Buffer.from(JSON.stringify(position)).toString('base64url');

/**
 * A course's discussion with 100 and with 10,000 threads (and a thread with 500 replies), read
 * over HTTP by an enrolled student: the first and a deep page of threads, a thread with its first
 * and a deep page of replies. Every read is a Query on a key; the 10k/100 ratio shows no scan.
 */
export async function discussionsBench(): Promise<void> {
  const largeCount = Number(process.env.BENCH_DISCUSSION_THREADS ?? 10_000);
  const dataDir = ownTempDir('lessonstage-bench-');
  let dynamoDb: DynamoDbProcess | undefined;
  let stack: StackProcess | undefined;
  try {
    dynamoDb = await startDynaliteProcess();
    stack = await startStackProcess(throwawayStackOptions(dataDir.path, { dynamoDbEndpoint: dynamoDb.endpoint }));
    const deps = createDeps(stack.config);
    const { courses } = fixtureTables(stack.config);
    const [small, large] = ['bench-disc-100', 'bench-disc-10k'];
    for (const id of [small, large]) await putCourse(courses, course(id));
    const { token, userId } = await student(stack.url);
    for (const id of [small, large]) await deps.enrollments.grant(userId, id, `pi_bench_${id}`);
    const began = performance.now();
    const smallThreads = await seedThreads(deps, small, 100, userId);
    const largeThreads = await seedThreads(deps, large, largeCount, userId);
    const seedSeconds = (performance.now() - began) / 1000;
    const busy = largeThreads[0]!;
    const teacher = { authorId: 'bench-teacher', authorName: 'Teacher', authorTeacher: true };
    for (let i = 0; i < REPLIES; i++) await deps.discussions.addReply(newReply(busy, teacher, `Answer ${i}`, new Date(Date.now() + i)));
    console.log(`seeded ${100 + largeCount} threads in ${seedSeconds.toFixed(1)} s, and ${REPLIES} replies on one`);

    const headers = { authorization: `Bearer ${token}` };
    const deepThread = (threads: ThreadRecord[]) => threads[Math.floor(threads.length / 2)]!;
    const replyDeep = (await deps.discussions.listReplies(busy.threadId, Math.floor(REPLIES / 2))).next!;
    const load = { before: loadavg()[0]!.toFixed(2) };
    const url = (path: string) => `${stack!.url}${path}`;
    const measured: [string, LoadFigures, LoadFigures][] = [];
    const pair = async (label: string, path: (threads: ThreadRecord[], courseId: string) => string) => {
      measured.push([label, await measure(url(path(smallThreads, small)), { connections: CONNECTIONS, headers }), await measure(url(path(largeThreads, large)), { connections: CONNECTIONS, headers })]);
    };
    await pair('GET /api/courses/:courseId/threads (first page)', (_, id) => `/api/courses/${id}/threads`);
    await pair('GET /api/courses/:courseId/threads (deep page, half-way)', (threads, id) => {
      const t = deepThread(threads);
      return `/api/courses/${id}/threads?cursor=${cursorOf({ listKey: t.listKey, threadId: t.threadId })}`;
    });
    // The floor on this machine as it is: a signed-in request that reads one small Query.
    const floor = await measure(url('/api/me/course-ids'), { connections: CONNECTIONS, headers });
    const single = await measure(url(`/api/courses/${large}/threads`), { connections: 1, headers });
    const busyFigures = await measure(url(`/api/threads/${busy.threadId}`), { connections: CONNECTIONS, headers });
    const busyDeep = await measure(url(`/api/threads/${busy.threadId}?cursor=${cursorOf({ itemKey: replyDeep })}`), { connections: CONNECTIONS, headers });
    const after = loadavg()[0]!.toFixed(2);

    const rows = measured.map(([endpoint, s, l]) => ({
      endpoint,
      'p50 ms (100)': s.p50Ms,
      'p99 ms (100)': s.p99Ms,
      'p50 ms (10k)': l.p50Ms,
      'p99 ms (10k)': l.p99Ms,
      'req/s (10k)': l.requestsPerSec,
      'p99 ratio 10k/100': Number((l.p99Ms / Math.max(1, s.p99Ms)).toFixed(2)),
      'p99 ≤ 50 ms': l.p99Ms <= 50 ? 'met' : 'NOT met',
      'non-2xx': s.non2xx + l.non2xx,
      'errors+timeouts': s.errors + s.timeouts + l.errors + l.timeouts,
    }));
    const singles: [string, LoadFigures][] = [
      [`GET /api/threads/:threadId (${REPLIES} replies, first page)`, busyFigures],
      [`GET /api/threads/:threadId (${REPLIES} replies, page from reply ${REPLIES / 2})`, busyDeep],
      ['GET /api/courses/:courseId/threads (first page, 1 connection)', single],
      [`(floor) GET /api/me/course-ids, ${CONNECTIONS} connections`, floor],
    ];
    const table: Record<string, string | number>[] = rows;
    for (const [endpoint, f] of singles) {
      table.push({ endpoint, 'p50 ms (10k)': f.p50Ms, 'p99 ms (10k)': f.p99Ms, 'req/s (10k)': f.requestsPerSec, 'p99 ≤ 50 ms': f.p99Ms <= 50 ? 'met' : 'NOT met', 'non-2xx': f.non2xx, 'errors+timeouts': f.errors + f.timeouts });
    }
    report('discussions', table, [
      `An enrolled student reads a discussion of 100 and of ${largeCount} threads (seeded through the repository, ${seedSeconds.toFixed(1)} s) and a thread of the large one with ${REPLIES} replies; pages of 20.`,
      `autocannon in this process, ${CONNECTIONS} connections, 5 s after a 1 s warm-up; the local stack in a second process and dynalite in a third, on this shared 2-core machine. Load average (1 min) ${load.before} before the measurements, ${after} after.`,
      'Each list is one Query: threads on byCourse (courseId, listKey = pinned#lastActivityAt#threadId, newest first), replies on the thread\'s partition (reply#<time-ordered id>); each request also reads the course (the catalog cache, 5 s) and the enrollment (GetItem), together. Target: p99 ≤ 50 ms.',
    ]);
  } finally {
    await stack?.stop();
    await dynamoDb?.stop();
    await dataDir.remove();
  }
}
