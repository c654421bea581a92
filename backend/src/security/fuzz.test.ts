import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeps } from '../app/api-deps';
import { authorFields, newThread } from '../discussions/discussion-posting';
import { DEFAULT_ADMIN, DEFAULT_UNSUBSCRIBE_SECRET } from '../local/local-config';
import { unsubscribeToken } from '../practice-mail/unsubscribe-token';
import { reviewIdOf } from '../reviews/review.record';
import { API_ROUTES, type ApiRoute } from '../route-list';
import { apiClient } from '../testing/api-client';
import { startTestStack, type TestStack } from '../testing/test-stack';

/**
 * Property-based fuzzing of every route's JSON body and query string: whatever arrives, the API
 * answers without a 5xx, and every 4xx is a JSON `{ error }`. Callers have the role the route
 * needs, so the input reaches validation and the handlers instead of stopping at the guard.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const FIELD_NAMES = ['email', 'password', 'name', 'code', 'session', 'refreshToken', 'courseId', 'lessonId', 'kind', 'fileName', 'contentType', 'sizeBytes', 'key', 'parts', 'version', 'title', 'description', 'instrument', 'level', 'priceCents', 'currency', 'preview', 'sections', 'positionSec', 'completed', 'limit', 'cursor', 'to', 'multipartUploadId', 'durationSec', 'syncPoints', 'tempoBpm', 'timeSignature', 'firstDownbeatMs', 'name', 'startMs', 'endMs', 'speed', 'trainer', 'bestSpeed', 'q', 'status', 'from', 'displayName', 'bio', 'sessions', 'sessionId', 'startedAt', 'seconds', 'loops', 'loopId', 'repetitions', 'tz', 'weeklyGoalSeconds', 'weeklySummary', 'token', 'captions', 'lang', 'label', 'rating', 'text', 'reviewId', 'upTo', 'atMs', 'pinned', 'reason'];

const jsonValue = fc.jsonValue({ maxDepth: 3 });
/** Objects with the field names the API reads, holding anything: reaches deeper than random keys. */
const plausibleBody = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(jsonValue, fc.string(), fc.integer(), fc.double()), { maxKeys: 6 });
/** Practice sessions mostly valid (a free preview, in the past), so that many reach the recording. */
const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const pastInstant = fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-01'), noInvalidDate: true }).map((d) => d.toISOString());
const mostly = <T, U>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: other, weight: 1 });
const practisedLoop = fc.record(
  {
    loopId: fc.option(fc.constantFrom('loop-fuzz', 'x#y', ''), { nil: undefined }),
    startMs: mostly(fc.constant(0), fc.integer()),
    endMs: mostly(fc.integer({ min: 1, max: 100_000 }), fc.integer()),
    speed: mostly(fc.constantFrom(0.5, 0.75, 1, 1.5), fc.double()),
    repetitions: mostly(fc.integer({ min: 0, max: 20 }), fc.integer()),
  },
  { requiredKeys: [] },
);
const practiceSession = fc.record(
  {
    sessionId: mostly(fc.uuid(), fc.string()),
    courseId: mostly(fc.constant('demo-guitar-first-chords'), fc.constant('nope')),
    lessonId: mostly(fc.constant('s1l1'), fc.constantFrom('s1l2', '')),
    startedAt: mostly(pastInstant, fc.oneof(instant, fc.string())),
    seconds: mostly(fc.integer({ min: 1, max: 86_400 }), fc.oneof(fc.integer(), fc.double())),
    loops: mostly(fc.constant(undefined), fc.array(practisedLoop, { maxLength: 3 })),
  },
  { requiredKeys: ['sessionId', 'courseId', 'lessonId', 'startedAt', 'seconds'] },
);
const practiceBody = fc.record({ sessions: fc.array(practiceSession, { maxLength: 4 }) });
const goalBody = fc.record({ weeklyGoalSeconds: mostly(fc.integer({ min: 0, max: 604_800 }), jsonValue) });
const zone = mostly(fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kathmandu'), fc.oneof(fc.string(), jsonValue));
const emailSettingsBody = fc.record({ weeklySummary: mostly(fc.boolean(), jsonValue), tz: fc.option(zone, { nil: undefined }) }, { requiredKeys: [] });
/** Captions completions mostly well-formed up to the language and label, so they reach the captions checks. */
const captionsBody = fc.record({
  courseId: fc.constant('demo-guitar-first-chords'),
  lessonId: mostly(fc.constant('s1l2'), fc.string()),
  kind: mostly(fc.constant('captions'), fc.string()),
  key: mostly(fc.constantFrom('courses/demo-guitar-first-chords/lessons/s1l2/captions/u1/a.vtt', 'courses/demo-guitar-first-chords/lessons/s1l2/captions/en.vtt'), fc.string()),
  fileName: fc.constantFrom('a.vtt', 'a.srt'),
  captions: fc.option(fc.record({ lang: mostly(fc.constantFrom('en', 'pt-BR', 'zh-Hant-TW', 'EN-us'), fc.string()), label: mostly(fc.string({ maxLength: 50 }), jsonValue) }, { requiredKeys: [] }), { nil: undefined }),
});
/** Reviews and replies mostly valid, so that many reach the rating's counting and the reply's one write. */
const reviewBody = fc.record(
  {
    rating: mostly(fc.integer({ min: 1, max: 5 }), fc.oneof(fc.integer(), fc.double(), jsonValue)),
    text: mostly(fc.string({ maxLength: 300 }), fc.oneof(fc.string({ minLength: 1990, maxLength: 2010 }), jsonValue)),
  },
  { requiredKeys: [] },
);
/** Mark-read instants mostly well-formed (past, future, far future), and notification settings mostly booleans. */
const markReadBody = fc.record({ upTo: mostly(instant, fc.oneof(fc.string(), jsonValue)) }, { requiredKeys: [] });
const notificationSettingsBody = fc.record({
  email: mostly(
    fc.record({ 'submission-received': mostly(fc.boolean(), jsonValue), 'submission-answered': mostly(fc.boolean(), jsonValue), 'thread-answered': mostly(fc.boolean(), jsonValue) }, { requiredKeys: [] }),
    jsonValue,
  ),
});
/** Discussion posts mostly well-formed up to a field, so they reach the lesson and moment checks and the writes. */
const postBody = fc.record(
  {
    title: mostly(fc.string({ minLength: 1, maxLength: 160 }), jsonValue),
    text: mostly(fc.string({ minLength: 1, maxLength: 200 }), jsonValue),
    lessonId: fc.option(mostly(fc.constantFrom('s1l1', 's1l2'), fc.string()), { nil: undefined }),
    atMs: fc.option(mostly(fc.integer({ min: 0, max: 400_000 }), fc.oneof(fc.integer(), fc.double())), { nil: undefined }),
    pinned: fc.option(mostly(fc.boolean(), jsonValue), { nil: undefined }),
    reason: fc.option(mostly(fc.constantFrom('spam', 'abuse', 'off-topic', 'other'), fc.string()), { nil: undefined }),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(jsonValue, plausibleBody, practiceBody, goalBody, emailSettingsBody, captionsBody, reviewBody, markReadBody, notificationSettingsBody, postBody, fc.string().map((raw) => ({ __raw: raw })));
/** Summary ranges, mostly of a sensible length, in zones with odd offsets and daylight saving. */
const summaryQuery = fc
  .record({
    from: pastInstant.map((iso) => iso.slice(0, 10)),
    days: mostly(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -1000, max: 1000 })),
    tz: mostly(fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Kiritimati'), fc.oneof(fc.string(), fc.constant('Mars/Olympus'))),
  })
  .map(({ from, days, tz }) => ({ from, to: new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10), tz }));
/** Unsubscribe tokens: good ones (the local key), forged ones, and tokens cut or padded anyhow. */
const unsubscribeQuery = fc
  .record({ userId: fc.uuid(), key: fc.constantFrom(DEFAULT_UNSUBSCRIBE_SECRET, 'another-key'), cut: fc.integer({ min: 0, max: 120 }), tail: fc.string({ maxLength: 4 }) })
  .map(({ userId, key, cut, tail }) => ({ token: `${unsubscribeToken(key, userId).slice(0, cut)}${tail}` }));
/** Page cursors shaped like the ones issued (base64url JSON of index positions), with anything in them. */
const cursorQuery = fc
  .record({
    position: fc.dictionary(fc.constantFrom('courseId', 'grantedAt', 'userId', 'catalogPartition', 'catalogSortKey', 'listSortKey', 'reviewId', 'listKey', 'itemKey', 'threadId', 'reportKey'), fc.oneof(fc.string(), jsonValue), { maxKeys: 3 }),
    limit: fc.option(fc.integer({ min: -5, max: 200 }).map(String), { nil: undefined }),
  })
  .map(({ position, limit }) => ({ cursor: Buffer.from(JSON.stringify(position)).toString('base64url'), ...(limit === undefined ? {} : { limit }) }));
const query = fc.oneof(fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(fc.string(), fc.integer().map(String), fc.constant('')), { maxKeys: 4 }), summaryQuery, unsubscribeQuery, cursorQuery);

/** The fuzzing student's review of the course the paths name (they are enrolled in it). */
let reviewId = 'r-fuzz';
const FUZZ_THREAD = 'threadfuzz';

function concretePath(route: ApiRoute): string {
  return route.path
    .replace(':reviewId', reviewId)
    .replace(':courseId', 'demo-guitar-first-chords')
    .replace(':lessonId', 's1l2')
    .replace(':sectionId', 's1')
    .replace(':materialId', 'm1')
    .replace(':paymentId', 'pi_fuzz')
    .replace(':loopId', 'loop-fuzz')
    .replace(':certificateId', 'cert-fuzz')
    .replace(':lang', 'en')
    // The fuzzing student's thread (they are enrolled in its course): edits, replies and reports reach the writes.
    .replace(':threadId', FUZZ_THREAD)
    .replace(':postId', route.method === 'DELETE' ? `${FUZZ_THREAD}_nosuchreply` : FUZZ_THREAD);
}

describe('fuzzing every route', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let student: string;
  let admin: string;

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    const email = `f-${randomBytes(4).toString('hex')}@example.com`;
    await api.post('/api/auth/signup', { email, password: 'Practice!123', name: 'F' });
    await api.post('/api/auth/confirm', { email, code: /(\d{6})/.exec(stack.mailbox.list(email)[0]!.text)![1] });
    student = ((await api.post('/api/auth/signin', { email, password: 'Practice!123' })).body as { accessToken: string }).accessToken;
    admin = ((await api.post('/api/auth/signin', { email: DEFAULT_ADMIN.email, password: DEFAULT_ADMIN.password })).body as { accessToken: string }).accessToken;
    // Enrolled in the course the paths name, with a thread there: review and discussion writes get
    // past the enrollment check.
    const deps = createDeps(stack.config, stack.mailbox);
    const { userId } = (await api.get('/api/auth/me', student)).body as { userId: string };
    await deps.enrollments.grant(userId, 'demo-guitar-first-chords', 'pi_fuzz_enrolled');
    reviewId = reviewIdOf('demo-guitar-first-chords', userId);
    const author = await authorFields(deps, { userId, role: 'student' });
    await deps.discussions.createThread({ ...newThread('demo-guitar-first-chords', author, { title: 'Fuzz', text: 'Fuzz' }, new Date()), threadId: FUZZ_THREAD, listKey: `0#${new Date().toISOString()}#${FUZZ_THREAD}` });
  });

  afterAll(() => stack.dispose());

  async function send(route: ApiRoute, input: unknown, params: Record<string, string>) {
    const token = route.access === 'admin' ? admin : route.access === 'public' ? undefined : student;
    const search = new URLSearchParams(params).toString();
    const url = `${stack.url}${concretePath(route)}${search ? `?${search}` : ''}`;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const raw = input && typeof input === 'object' && '__raw' in input ? String((input as { __raw: string }).__raw) : JSON.stringify(input);
    const withBody = !['GET', 'DELETE'].includes(route.method);
    return fetch(url, { method: route.method, headers, body: withBody ? raw : undefined });
  }

  for (const route of API_ROUTES) {
    it(`${route.method} ${route.path}: no 5xx, every 4xx a JSON error`, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(body, query, async (input, params) => {
          const response = await send(route, input, params);
          const text = await response.text();
          if (response.status >= 500) throw new Error(`${response.status} for ${JSON.stringify(input)} ?${JSON.stringify(params)}: ${text}`);
          if (response.status >= 400) {
            const parsed = JSON.parse(text) as { error?: unknown };
            expect(typeof parsed.error).toBe('string');
            expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});
