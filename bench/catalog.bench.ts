import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack } from '../backend/src/local/stack';
import { createDeps } from '../backend/src/lib/create-deps';
import { DEFAULT_ADMIN, DEFAULT_WEBHOOK_SECRET } from '../backend/src/local/local-config';
import { DEFAULT_RATE_LIMIT } from '../backend/src/lib/config';
import type { CourseRecord } from '../backend/src/courses/course.record';
import { measure, type LoadFigures } from './load';
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

async function catalogFigures(courseCount: number): Promise<Record<string, LoadFigures>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-bench-'));
  const stack = await startLocalStack({
    port: 0, dynamoDbPort: 0, s3Port: 0, cognitoPort: 0, dataDir, siteDir: join(dataDir, 'none'), seedDemo: false,
    admin: DEFAULT_ADMIN, rateLimit: DEFAULT_RATE_LIMIT, stripe: { webhookSecret: DEFAULT_WEBHOOK_SECRET, apiPort: 0 },
  });
  try {
    const deps = createDeps(stack.config, stack.mailbox);
    const numbers = Array.from({ length: courseCount }, (_, i) => i);
    const began = performance.now();
    await inBatches(numbers, 25, (n) => deps.courses.save(course(n)));
    console.log(`seeded ${courseCount} courses in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    const signIn = await fetch(`${stack.url}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEFAULT_ADMIN) });
    const { accessToken, user } = (await signIn.json()) as { accessToken: string; user: { userId: string } };
    await inBatches(numbers.slice(0, 200), 25, (n) => deps.enrollments.grant(user.userId, course(n).courseId, `pi_bench_${n}`));

    // A cursor half-way down the catalog: the cost of a deep page.
    const middle = course(Math.floor(courseCount / 2));
    const deepCursor = Buffer.from(JSON.stringify({ courseId: middle.courseId, catalogPartition: 'PUBLISHED', catalogSortKey: `${middle.publishedAt}#${middle.courseId}` })).toString('base64url');
    return {
      'GET /api/courses (first page)': await measure(`${stack.url}/api/courses?limit=20`),
      'GET /api/courses (deep page)': await measure(`${stack.url}/api/courses?limit=20&cursor=${deepCursor}`),
      'GET /api/courses/:id': await measure(`${stack.url}/api/courses/${course(Math.floor(courseCount / 3)).courseId}`),
      'GET /api/me/courses (200 enrolled)': await measure(`${stack.url}/api/me/courses`, { connections: 10, headers: { authorization: `Bearer ${accessToken}` } }),
    };
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function ceiling(): Promise<LoadFigures> {
  const server = createServer((_req, res) => res.end('hello'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await measure(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.close();
  }
}

export async function catalogBench(): Promise<void> {
  const small = await catalogFigures(100);
  const large = await catalogFigures(Number(process.env.BENCH_LARGE_CATALOG ?? 10_000));
  const hello = await ceiling();
  const rows = Object.keys(small).map((endpoint) => ({
    endpoint,
    'p50 ms (100)': small[endpoint]!.p50Ms,
    'p99 ms (100)': small[endpoint]!.p99Ms,
    'req/s (100)': small[endpoint]!.requestsPerSec,
    'p50 ms (10k)': large[endpoint]!.p50Ms,
    'p99 ms (10k)': large[endpoint]!.p99Ms,
    'req/s (10k)': large[endpoint]!.requestsPerSec,
    'p99 ratio 10k/100': Number((large[endpoint]!.p99Ms / Math.max(1, small[endpoint]!.p99Ms)).toFixed(2)),
    'req/s vs node:http': `${((large[endpoint]!.requestsPerSec / hello.requestsPerSec) * 100).toFixed(1)} %`,
    'non-2xx': small[endpoint]!.non2xx + large[endpoint]!.non2xx,
    'errors+timeouts': small[endpoint]!.errors + large[endpoint]!.errors + small[endpoint]!.timeouts + large[endpoint]!.timeouts,
  }));
  rows.push({
    endpoint: 'bare node:http "hello" (ceiling)', 'p50 ms (100)': hello.p50Ms, 'p99 ms (100)': hello.p99Ms, 'req/s (100)': hello.requestsPerSec,
    'p50 ms (10k)': hello.p50Ms, 'p99 ms (10k)': hello.p99Ms, 'req/s (10k)': hello.requestsPerSec, 'p99 ratio 10k/100': 1, 'req/s vs node:http': '100 %', 'non-2xx': hello.non2xx, 'errors+timeouts': hello.errors + hello.timeouts,
  });
  report('catalog', rows, ['autocannon, 50 connections (10 for /api/me/courses), 5 s after a 1 s warm-up, local stack (dynalite) on this machine.', 'Targets: 10k figures within 1.5x of the 100 figures; p99 < 50 ms.']);
}
