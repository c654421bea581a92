import { createDeps } from '../backend/src/app/api-deps';
import { fixtureTables, putCourse } from '../backend/src/testing/fixture-writes';
import { DEFAULT_ADMIN } from '../backend/src/local/local-config';
import { DEFAULT_CATALOG_CACHE_SECONDS } from '../backend/src/lib/config';
import type { CourseRecord } from '../backend/src/courses/course.record';
import { measure, type LoadFigures } from './load';
import { throwawayStackOptions } from '../backend/src/local/local-config';
import { startDynaliteProcess, startServerProcess, startStackProcess, type DynamoDbProcess, type StackProcess } from './stack-client';
import { ownTempDir } from './resources';
import { report } from './report';

function course(n: number): CourseRecord {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
  return {
    courseId: `bench-${String(n).padStart(5, '0')}`,
    title: `Bench course ${n}`,
    description: 'A course seeded by the benchmark, with an outline of a typical size.',
    instrument: 'piano',
    level: 'beginner',
    priceCents: 2900,
    currency: 'USD',
    teacherName: 'Bench',
    thumbnailKey: 'public/thumbnails/bench.svg',
    status: 'published',
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    version: 1,
    sections: [1, 2, 3].map((s) => ({
      sectionId: `s${s}`,
      title: `Section ${s}`,
      lessons: [1, 2, 3, 4].map((l) => ({ lessonId: `s${s}l${l}`, title: `Lesson ${l}`, durationSec: 300, preview: l === 1 })),
    })),
  };
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** My courses' default page (MY_COURSES_PAGE_DEFAULT). */
const MY_COURSES_PAGE = 24;

/**
 * Reads every page of My courses (100 a page, so each enrollment is counted once) and returns the
 * cursors of the default-size pages, [null, page 2, …], checked against the expected count.
 */
async function walkMyCourses(url: string, headers: Record<string, string>, expected: number): Promise<(string | null)[]> {
  let seen = 0;
  let cursor: string | null = null;
  do {
    const response = await fetch(`${url}/api/me/courses?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers });
    if (!response.ok) throw new Error(`GET /api/me/courses: ${response.status}`);
    const page = (await response.json()) as { items: unknown[]; nextCursor: string | null };
    seen += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  if (seen !== expected) throw new Error(`GET /api/me/courses: ${seen} courses, not ${expected}`);
  const cursors: (string | null)[] = [null];
  while (cursors.length * MY_COURSES_PAGE < expected) {
    const previous = cursors.at(-1);
    const response = await fetch(`${url}/api/me/courses?limit=${MY_COURSES_PAGE}${previous ? `&cursor=${previous}` : ''}`, { headers });
    cursors.push(((await response.json()) as { nextCursor: string | null }).nextCursor);
  }
  return cursors;
}

async function catalogFigures(courseCount: number, catalogCacheSeconds: number): Promise<Record<string, LoadFigures>> {
  const dataDir = ownTempDir('lessonstage-bench-');
  let dynamoDb: DynamoDbProcess | undefined;
  let stack: StackProcess | undefined;
  try {
    dynamoDb = await startDynaliteProcess();
    stack = await startStackProcess(throwawayStackOptions(dataDir.path, { dynamoDbEndpoint: dynamoDb.endpoint, catalogCacheSeconds }));
    // Seeded from this process straight into the stack's DynamoDB, before the API reads anything.
    const deps = createDeps({ ...stack.config, catalogCacheSeconds: 0 });
    const numbers = Array.from({ length: courseCount }, (_, i) => i);
    const began = performance.now();
    const { courses } = fixtureTables(stack.config);
    await inBatches(numbers, 25, (n) => putCourse(courses, course(n)));
    console.log(`cache ${catalogCacheSeconds} s: seeded ${courseCount} courses in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    const signIn = await fetch(`${stack.url}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEFAULT_ADMIN) });
    const { accessToken, user } = (await signIn.json()) as { accessToken: string; user: { userId: string } };
    const enrolled = numbers.slice(0, 200);
    await inBatches(enrolled, 25, (n) => deps.enrollments.grant(user.userId, course(n).courseId, `pi_bench_${n}`));
    // Granted behind the API's back, like a webhook's grant: each page's first read counts them and stores their copies.
    const auth = { authorization: `Bearer ${accessToken}` };
    const firstRead = performance.now();
    const cursors = await walkMyCourses(stack.url, auth, enrolled.length);
    console.log(`cache ${catalogCacheSeconds} s: first /api/me/courses reads (${enrolled.length} enrollments counted, copies stored, pages of 100) in ${Math.round(performance.now() - firstRead)} ms`);
    const lastPage = cursors[Math.floor((enrolled.length - 1) / MY_COURSES_PAGE)]!;

    // A cursor half-way down the catalog: the cost of a deep page.
    const middle = course(Math.floor(courseCount / 2));
    const deepCursor = Buffer.from(JSON.stringify({ courseId: middle.courseId, catalogPartition: 'PUBLISHED', catalogSortKey: `${middle.publishedAt}#${middle.courseId}` })).toString('base64url');
    return {
      'GET /api/courses (first page)': await measure(`${stack.url}/api/courses?limit=20`),
      'GET /api/courses (deep page)': await measure(`${stack.url}/api/courses?limit=20&cursor=${deepCursor}`),
      'GET /api/courses/:id': await measure(`${stack.url}/api/courses/${course(Math.floor(courseCount / 3)).courseId}`),
      [`GET /api/me/courses (200 enrolled, first page of ${MY_COURSES_PAGE})`]: await measure(`${stack.url}/api/me/courses`, { connections: 10, headers: auth }),
      [`GET /api/me/courses (200 enrolled, last page of ${MY_COURSES_PAGE})`]: await measure(`${stack.url}/api/me/courses?cursor=${lastPage}`, { connections: 10, headers: auth }),
      'GET /api/me/course-ids (200 enrolled)': await measure(`${stack.url}/api/me/course-ids`, { connections: 10, headers: auth }),
    };
  } finally {
    await stack?.stop();
    await dynamoDb?.stop();
    await dataDir.remove();
  }
}

/** The ceiling: a bare node:http server answering "hello", also in a process of its own. */
async function ceiling(): Promise<LoadFigures> {
  const server = await startServerProcess('"hello" server', "require('node:http').createServer((q, s) => s.end('hello')).listen(0, '127.0.0.1', function () { console.log(this.address().port) })");
  try {
    return await measure(`http://127.0.0.1:${server.port}/`);
  } finally {
    await server.stop();
  }
}

function rowsFor(cacheSeconds: number, small: Record<string, LoadFigures>, large: Record<string, LoadFigures>, hello: LoadFigures) {
  return Object.keys(small).map((endpoint) => ({
    endpoint,
    cache: cacheSeconds ? `${cacheSeconds} s` : 'off',
    'p50 ms (100)': small[endpoint]!.p50Ms,
    'p99 ms (100)': small[endpoint]!.p99Ms,
    'req/s (100)': small[endpoint]!.requestsPerSec,
    'p50 ms (10k)': large[endpoint]!.p50Ms,
    'p99 ms (10k)': large[endpoint]!.p99Ms,
    'req/s (10k)': large[endpoint]!.requestsPerSec,
    'p99 ratio 10k/100': Number((large[endpoint]!.p99Ms / Math.max(1, small[endpoint]!.p99Ms)).toFixed(2)),
    'p99 < 50 ms': large[endpoint]!.p99Ms < 50 && small[endpoint]!.p99Ms < 50 ? 'met' : 'NOT met',
    'req/s vs node:http': `${((large[endpoint]!.requestsPerSec / hello.requestsPerSec) * 100).toFixed(1)} %`,
    'non-2xx': small[endpoint]!.non2xx + large[endpoint]!.non2xx,
    'errors+timeouts': small[endpoint]!.errors + large[endpoint]!.errors + small[endpoint]!.timeouts + large[endpoint]!.timeouts,
  }));
}

/**
 * The catalog at 100 and at 10,000 courses, with the catalog cache as deployed
 * (DEFAULT_CATALOG_CACHE_SECONDS) and switched off (every read goes to DynamoDB).
 */
export async function catalogBench(): Promise<void> {
  const largeCount = Number(process.env.BENCH_LARGE_CATALOG ?? 10_000);
  const hello = await ceiling();
  const rows = [];
  for (const cacheSeconds of [DEFAULT_CATALOG_CACHE_SECONDS, 0]) {
    rows.push(...rowsFor(cacheSeconds, await catalogFigures(100, cacheSeconds), await catalogFigures(largeCount, cacheSeconds), hello));
  }
  rows.push({ endpoint: 'bare node:http "hello" (ceiling)', cache: '', 'p50 ms (100)': hello.p50Ms, 'p99 ms (100)': hello.p99Ms, 'req/s (100)': hello.requestsPerSec });
  report('catalog', rows, [
    'autocannon in this process, 50 connections (10 for /api/me/courses and /api/me/course-ids), 5 s after a 1 s warm-up; the local stack (API, S3, Cognito) in a second process and dynalite in a third, on this 2-core machine.',
    'Targets: 10k figures within 1.5x of the 100 figures; p99 < 50 ms. /api/me/courses is per user and never cached: a page of 24 is one Query on the enrollments\' byUserGrantedAt index (newest first), whose items carry the course copies and counters; /api/me/course-ids is one Query on the base table projecting courseId.',
    'The student is enrolled in 200 courses (all 100 at the 100-course size); the first /api/me/courses reads (pages of 100), which count them and store the copies, run before the measurement (their time is printed above); "last page" starts from the cursor of page 9 (page 5 at 100 enrollments).',
  ]);
}
