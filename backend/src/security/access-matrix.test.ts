import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../app/functions';
import { createDeps } from '../app/api-deps';
import type { LambdaHandler } from '../app/domain-function';
import { DEFAULT_ADMIN } from '../local/local-config';
import { unsubscribeToken } from '../practice-mail/unsubscribe-token';
import { API_ROUTES } from '../route-list';
import { apiClient } from '../testing/api-client';
import { courseFixture } from '../testing/course-fixtures';
import { uploadTestStream } from '../testing/hls-stream';
import { createS3Client } from '../lib/storage/s3-client';
import { fixtureTables, putCourse } from '../testing/fixture-writes';
import { invokeLambda } from '../testing/lambda-invoke';
import { startTestStack, type TestStack } from '../testing/test-stack';

/**
 * Every route × every kind of caller, with the status each must get. Generated against the route
 * list: a route the API serves without an entry here fails the first test. Each request is also
 * sent to the route's own Lambda function (its router with only the clients it builds), which
 * must answer alike: a function missing a dependency, or bundling another's routes, fails here.
 */
type Caller = 'anonymous' | 'student' | 'enrolled' | 'other' | 'admin';
const CALLERS: readonly Caller[] = ['anonymous', 'student', 'enrolled', 'other', 'admin'];

const PAID = 'demo-guitar-first-chords';
const OTHER = 'demo-drums-groove';
const DRAFT = 'matrix-draft';
/** The transcode job of PAID's two streamed lessons: s1l1 (free preview) and s1l2 (paid). */
const JOB = 'job-matrix';
/** The enrolled caller's certificate for PAID. */
const CERTIFICATE = 'cert_matrix';
/** A thread in PAID's discussion, opened by the enrolled caller; its reply id that does not exist. */
const THREAD = 'threadmatrix';
const NO_REPLY = `${THREAD}_gone`;
/** Enrolled students (in PAID) and admins only. */
const discussion = (status: number, adminStatus = status) => [401, 403, status, 403, adminStatus] as const;

interface Case {
  readonly route: string;
  readonly path: string;
  readonly body?: unknown;
  /** anonymous, student (no course), enrolled (in PAID), other (enrolled in another course), admin */
  readonly expect: readonly [number, number, number, number, number];
}

const all = (status: number) => [status, status, status, status, status] as const;
const signedIn = (status: number) => [401, status, status, status, status] as const;
const adminOnly = (status: number) => [401, 403, 403, 403, status] as const;
const media = [401, 403, 200, 403, 200] as const;
/** Well-formed, signed with another key. */
const FORGED_UNSUBSCRIBE_TOKEN = unsubscribeToken('not-the-key', randomUUID());

const CASES: readonly Case[] = [
  { route: 'GET /api/health', path: '/api/health', expect: all(200) },
  { route: 'GET /api/courses', path: '/api/courses', expect: all(200) },
  { route: 'GET /api/courses/:courseId', path: `/api/courses/${PAID}`, expect: all(200) },
  { route: 'GET /api/courses/:courseId', path: `/api/courses/${DRAFT}`, expect: all(404) },
  { route: 'POST /api/auth/signup', path: '/api/auth/signup', body: {}, expect: all(400) },
  { route: 'POST /api/auth/confirm', path: '/api/auth/confirm', body: {}, expect: all(400) },
  { route: 'POST /api/auth/resend', path: '/api/auth/resend', body: {}, expect: all(400) },
  { route: 'POST /api/auth/signin', path: '/api/auth/signin', body: {}, expect: all(400) },
  { route: 'POST /api/auth/mfa', path: '/api/auth/mfa', body: {}, expect: all(400) },
  { route: 'POST /api/auth/refresh', path: '/api/auth/refresh', body: {}, expect: all(401) },
  { route: 'POST /api/auth/signout', path: '/api/auth/signout', body: {}, expect: all(200) },
  { route: 'GET /api/auth/me', path: '/api/auth/me', expect: signedIn(200) },
  { route: 'PATCH /api/auth/me', path: '/api/auth/me', body: {}, expect: signedIn(400) },
  { route: 'POST /api/auth/forgot', path: '/api/auth/forgot', body: {}, expect: all(400) },
  { route: 'POST /api/auth/reset', path: '/api/auth/reset', body: {}, expect: all(400) },
  { route: 'POST /api/auth/mfa/setup', path: '/api/auth/mfa/setup', body: {}, expect: signedIn(200) },
  { route: 'POST /api/auth/mfa/verify', path: '/api/auth/mfa/verify', body: {}, expect: signedIn(400) },
  { route: 'DELETE /api/auth/mfa', path: '/api/auth/mfa', expect: signedIn(200) },
  { route: 'GET /api/admin/users/by-email', path: `/api/admin/users/by-email?email=${DEFAULT_ADMIN.email}`, expect: adminOnly(200) },
  { route: 'GET /api/admin/courses', path: '/api/admin/courses', expect: adminOnly(200) },
  { route: 'POST /api/admin/courses', path: '/api/admin/courses', body: {}, expect: adminOnly(400) },
  { route: 'GET /api/admin/courses/:courseId', path: `/api/admin/courses/${DRAFT}`, expect: adminOnly(200) },
  { route: 'PATCH /api/admin/courses/:courseId', path: `/api/admin/courses/${DRAFT}`, body: { title: 'x', version: 0 }, expect: adminOnly(409) },
  { route: 'DELETE /api/admin/courses/:courseId', path: `/api/admin/courses/${PAID}`, expect: adminOnly(409) },
  { route: 'POST /api/admin/courses/:courseId/publish', path: `/api/admin/courses/${DRAFT}/publish`, body: { version: 0 }, expect: adminOnly(400) },
  { route: 'POST /api/admin/courses/:courseId/unpublish', path: `/api/admin/courses/${DRAFT}/unpublish`, body: { version: 0 }, expect: adminOnly(409) },
  { route: 'POST /api/admin/courses/:courseId/sections', path: `/api/admin/courses/${DRAFT}/sections`, body: { title: 'x', version: 0 }, expect: adminOnly(409) },
  { route: 'PATCH /api/admin/courses/:courseId/sections/:sectionId', path: `/api/admin/courses/${DRAFT}/sections/s1`, body: { title: 'x', version: 0 }, expect: adminOnly(409) },
  { route: 'DELETE /api/admin/courses/:courseId/sections/:sectionId', path: `/api/admin/courses/${DRAFT}/sections/s1?version=0`, expect: adminOnly(409) },
  { route: 'POST /api/admin/courses/:courseId/sections/:sectionId/lessons', path: `/api/admin/courses/${DRAFT}/sections/s1/lessons`, body: { title: 'x', version: 0 }, expect: adminOnly(409) },
  { route: 'PATCH /api/admin/courses/:courseId/lessons/:lessonId', path: `/api/admin/courses/${DRAFT}/lessons/s1l1`, body: { version: 0 }, expect: adminOnly(409) },
  { route: 'DELETE /api/admin/courses/:courseId/lessons/:lessonId', path: `/api/admin/courses/${DRAFT}/lessons/s1l1?version=0`, expect: adminOnly(409) },
  { route: 'PUT /api/admin/courses/:courseId/lessons/:lessonId/sync', path: `/api/admin/courses/${DRAFT}/lessons/s1l1/sync`, body: { syncPoints: [], version: 0 }, expect: adminOnly(409) },
  { route: 'PUT /api/admin/courses/:courseId/outline', path: `/api/admin/courses/${DRAFT}/outline`, body: { version: 0, sections: [{ sectionId: 's1', lessonIds: ['s1l2', 's1l1'] }] }, expect: adminOnly(409) },
  { route: 'POST /api/admin/courses/:courseId/lessons/:lessonId/transcode', path: `/api/admin/courses/${DRAFT}/lessons/s1l1/transcode`, body: {}, expect: adminOnly(202) },
  { route: 'DELETE /api/admin/courses/:courseId/lessons/:lessonId/materials/:materialId', path: `/api/admin/courses/${DRAFT}/lessons/s1l1/materials/nope?version=0`, expect: adminOnly(404) },
  { route: 'DELETE /api/admin/courses/:courseId/lessons/:lessonId/captions/:lang', path: `/api/admin/courses/${DRAFT}/lessons/s1l1/captions/en?version=0`, expect: adminOnly(404) },
  { route: 'POST /api/admin/uploads', path: '/api/admin/uploads', body: {}, expect: adminOnly(400) },
  { route: 'POST /api/admin/uploads/complete', path: '/api/admin/uploads/complete', body: {}, expect: adminOnly(400) },
  { route: 'POST /api/admin/uploads/abort', path: '/api/admin/uploads/abort', body: {}, expect: adminOnly(400) },
  { route: 'GET /api/courses/:courseId/lessons/:lessonId/playback', path: `/api/courses/${PAID}/lessons/s1l1/playback`, expect: all(200) },
  { route: 'GET /api/courses/:courseId/lessons/:lessonId/playback', path: `/api/courses/${PAID}/lessons/s1l2/playback`, expect: media },
  // s1l1 and s1l2 stream (HLS, with cookies); s2l1 still plays its original file (mp4).
  { route: 'GET /api/courses/:courseId/lessons/:lessonId/playback', path: `/api/courses/${PAID}/lessons/s2l1/playback`, expect: media },
  { route: 'GET /api/courses/:courseId/lessons/:lessonId/playback', path: `/api/courses/${DRAFT}/lessons/s1l1/playback`, expect: [404, 404, 404, 404, 200] },
  { route: 'GET /api/courses/:courseId/lessons/:lessonId/materials/:materialId', path: `/api/courses/${PAID}/lessons/s1l2/materials/m-sheet`, expect: media },
  { route: 'GET /api/courses/:courseId/lessons/:lessonId/score', path: `/api/courses/${PAID}/lessons/s1l2/score`, expect: media },
  { route: 'GET /api/courses/:courseId/lessons/:lessonId/score', path: `/api/courses/${PAID}/lessons/s1l1/score`, expect: all(404) },
  { route: 'POST /api/payments/checkout', path: '/api/payments/checkout', body: { courseId: PAID }, expect: [401, 200, 409, 200, 200] },
  { route: 'POST /api/payments/webhook', path: '/api/payments/webhook', body: {}, expect: all(400) },
  { route: 'GET /api/admin/profile', path: '/api/admin/profile', expect: adminOnly(200) },
  { route: 'PUT /api/admin/profile', path: '/api/admin/profile', body: {}, expect: adminOnly(400) },
  { route: 'POST /api/admin/profile/photo', path: '/api/admin/profile/photo', body: { contentType: 'text/plain', sizeBytes: 10 }, expect: adminOnly(400) },
  { route: 'POST /api/admin/profile/photo/complete', path: '/api/admin/profile/photo/complete', body: { key: 'public/teachers/someone-else/u.png' }, expect: adminOnly(400) },
  { route: 'GET /api/admin/purchases', path: '/api/admin/purchases', expect: adminOnly(200) },
  { route: 'GET /api/admin/purchases/:paymentId', path: '/api/admin/purchases/pi_unknown', expect: adminOnly(404) },
  { route: 'POST /api/admin/purchases/:paymentId/refund', path: '/api/admin/purchases/pi_unknown/refund', body: {}, expect: adminOnly(404) },
  { route: 'GET /api/me/courses', path: '/api/me/courses', expect: signedIn(200) },
  { route: 'GET /api/me/course-ids', path: '/api/me/course-ids', expect: signedIn(200) },
  { route: 'GET /api/me/courses/:courseId', path: `/api/me/courses/${PAID}`, expect: signedIn(200) },
  { route: 'GET /api/courses/:courseId/progress', path: `/api/courses/${PAID}/progress`, expect: signedIn(200) },
  { route: 'PUT /api/courses/:courseId/lessons/:lessonId/progress', path: `/api/courses/${PAID}/lessons/s1l2/progress`, body: { positionSec: 3 }, expect: media },
  { route: 'GET /api/courses/:courseId/reviews', path: `/api/courses/${PAID}/reviews`, expect: all(200) },
  { route: 'GET /api/courses/:courseId/reviews', path: `/api/courses/${DRAFT}/reviews`, expect: all(404) },
  { route: 'GET /api/courses/:courseId/review', path: `/api/courses/${PAID}/review`, expect: signedIn(200) },
  // Only a student enrolled in the course reviews it (an admin is its teacher, not a student).
  { route: 'PUT /api/courses/:courseId/review', path: `/api/courses/${PAID}/review`, body: { rating: 4, text: 'Clear and patient' }, expect: [401, 403, 200, 403, 403] },
  { route: 'PUT /api/admin/courses/:courseId/reviews/:reviewId/reply', path: `/api/admin/courses/${PAID}/reviews/r-unknown/reply`, body: { text: 'Thanks' }, expect: adminOnly(404) },
  { route: 'GET /api/me/loops', path: `/api/me/loops?courseId=${PAID}&lessonId=s1l2`, expect: signedIn(200) },
  { route: 'POST /api/me/loops', path: '/api/me/loops', body: { courseId: PAID, lessonId: 's1l2', name: 'Bars 5-8', startMs: 8000, endMs: 16000, speed: 0.7 }, expect: [401, 403, 201, 403, 201] },
  { route: 'PUT /api/me/loops/:loopId', path: '/api/me/loops/loop-unknown', body: { name: 'x', startMs: 0, endMs: 1, speed: 1 }, expect: signedIn(404) },
  { route: 'DELETE /api/me/loops/:loopId', path: '/api/me/loops/loop-unknown', expect: signedIn(404) },
  {
    route: 'POST /api/me/practice',
    path: '/api/me/practice',
    body: { sessions: [{ sessionId: randomUUID(), courseId: PAID, lessonId: 's1l2', startedAt: new Date(Date.now() - 600_000).toISOString(), seconds: 120 }] },
    expect: [401, 403, 202, 403, 202],
  },
  { route: 'GET /api/me/practice/summary', path: '/api/me/practice/summary?from=2026-01-01&to=2026-12-31&tz=Europe/Berlin', expect: signedIn(200) },
  { route: 'PUT /api/me/practice/goal', path: '/api/me/practice/goal', body: { weeklyGoalSeconds: 3600 }, expect: signedIn(200) },
  { route: 'GET /api/me/practice/email', path: '/api/me/practice/email', expect: signedIn(200) },
  { route: 'PUT /api/me/practice/email', path: '/api/me/practice/email', body: { weeklySummary: false }, expect: signedIn(200) },
  // No sign-in: the signed token is the only proof, and a forged one is refused to everyone alike.
  { route: 'GET /api/practice/unsubscribe', path: `/api/practice/unsubscribe?token=${FORGED_UNSUBSCRIBE_TOKEN}`, expect: all(403) },
  { route: 'POST /api/practice/unsubscribe', path: `/api/practice/unsubscribe?token=${FORGED_UNSUBSCRIBE_TOKEN}`, expect: all(403) },
  { route: 'POST /api/admin/practice/weekly-email', path: '/api/admin/practice/weekly-email', expect: adminOnly(200) },
  { route: 'GET /api/me/certificates', path: '/api/me/certificates', expect: signedIn(200) },
  { route: 'GET /api/me/certificates/:certificateId/pdf', path: `/api/me/certificates/${CERTIFICATE}/pdf`, expect: [401, 404, 200, 404, 404] },
  { route: 'GET /api/certificates/:certificateId', path: `/api/certificates/${CERTIFICATE}`, expect: all(200) },
  { route: 'GET /api/certificates/:certificateId', path: '/api/certificates/cert_unknown', expect: all(404) },
  { route: 'GET /api/me/notifications', path: '/api/me/notifications', expect: signedIn(200) },
  { route: 'GET /api/me/notifications/count', path: '/api/me/notifications/count', expect: signedIn(200) },
  { route: 'POST /api/me/notifications/read', path: '/api/me/notifications/read', body: { upTo: '2026-12-05T10:00:00.000Z' }, expect: signedIn(200) },
  { route: 'POST /api/me/notifications/read', path: '/api/me/notifications/read', body: { upTo: 'yesterday' }, expect: [401, 400, 400, 400, 400] },
  { route: 'GET /api/me/notification-settings', path: '/api/me/notification-settings', expect: signedIn(200) },
  { route: 'PUT /api/me/notification-settings', path: '/api/me/notification-settings', body: { email: { 'submission-received': true, 'submission-answered': false, 'thread-answered': true } }, expect: signedIn(200) },
  { route: 'GET /api/courses/:courseId/threads', path: `/api/courses/${PAID}/threads`, expect: discussion(200) },
  { route: 'POST /api/courses/:courseId/threads', path: `/api/courses/${PAID}/threads`, body: { title: 'Matrix', text: 'Hello' }, expect: discussion(201) },
  { route: 'POST /api/courses/:courseId/threads', path: `/api/courses/${PAID}/threads`, body: {}, expect: discussion(400) },
  { route: 'GET /api/threads/:threadId', path: `/api/threads/${THREAD}`, expect: discussion(200) },
  { route: 'GET /api/threads/:threadId', path: '/api/threads/nosuchthread', expect: signedIn(404) },
  { route: 'POST /api/threads/:threadId/replies', path: `/api/threads/${THREAD}/replies`, body: { text: 'Reply' }, expect: discussion(201) },
  // Only its author edits a post; the enrolled caller wrote the thread.
  { route: 'PATCH /api/posts/:postId', path: `/api/posts/${THREAD}`, body: { text: 'Edited' }, expect: discussion(200, 403) },
  // A reply that does not exist: a 404 only for those who may read its thread (nothing is deleted here).
  { route: 'DELETE /api/posts/:postId', path: `/api/posts/${NO_REPLY}`, expect: discussion(404) },
  { route: 'POST /api/posts/:postId/report', path: `/api/posts/${THREAD}/report`, body: { reason: 'spam' }, expect: discussion(204) },
  { route: 'PUT /api/threads/:threadId/pin', path: `/api/threads/${THREAD}/pin`, body: { pinned: true }, expect: adminOnly(200) },
  { route: 'GET /api/admin/reports', path: '/api/admin/reports', expect: adminOnly(200) },
  { route: 'POST /api/admin/reports/:postId/dismiss', path: `/api/admin/reports/${NO_REPLY}/dismiss`, expect: adminOnly(404) },
];

describe('access-control matrix', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  const tokens = new Map<Caller, string | undefined>();
  const lambdas = new Map<string, LambdaHandler>();

  async function student(): Promise<{ token: string; userId: string }> {
    const email = `m-${randomBytes(4).toString('hex')}@example.com`;
    await api.post('/api/auth/signup', { email, password: 'Practice!123', name: 'M' });
    await api.post('/api/auth/confirm', { email, code: /(\d{6})/.exec(stack.mailbox.list(email)[0]!.text)![1] });
    const token = ((await api.post('/api/auth/signin', { email, password: 'Practice!123' })).body as { accessToken: string }).accessToken;
    return { token, userId: ((await api.get('/api/auth/me', token)).body as { userId: string }).userId };
  }

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    for (const fn of FUNCTIONS) lambdas.set(fn.domain.name, fn.lambda(stack.config));
    const deps = createDeps(stack.config, stack.mailbox);
    // A draft with a known outline, and a material on the paid lesson of the paid course.
    await putCourse(fixtureTables(stack.config).courses, courseFixture(1, { courseId: DRAFT, status: 'draft', publishedAt: undefined, version: 3 }));
    const paid = (await deps.courses.get(PAID))!;
    const s3 = createS3Client(stack.config);
    const streams = {
      s1l1: await uploadTestStream(s3, stack.config.contentBucket, { courseId: PAID, lessonId: 's1l1', jobId: JOB }),
      s1l2: await uploadTestStream(s3, stack.config.contentBucket, { courseId: PAID, lessonId: 's1l2', jobId: JOB }),
    };
    await putCourse(fixtureTables(stack.config).courses, {
      ...paid,
      sections: paid.sections.map((s) => ({
        ...s,
        lessons: s.lessons.map((l) =>
          l.lessonId === 's1l2'
            ? { ...l, stream: streams.s1l2, sync: { syncPoints: [{ bar: 0, timeMs: 0 }], tempoBpm: 90 }, materials: [{ materialId: 'm-sheet', key: `courses/${PAID}/sheet.pdf`, fileName: 'sheet.pdf', contentType: 'application/pdf', sizeBytes: 10 }] }
            : l.lessonId === 's1l1'
              ? { ...l, stream: streams.s1l1 }
              : l,
        ),
      })),
    });
    const [plain, enrolled, other] = [await student(), await student(), await student()];
    await deps.enrollments.grant(enrolled.userId, PAID, 'pi_matrix_1');
    await deps.enrollments.grant(other.userId, OTHER, 'pi_matrix_2');
    await deps.certificates.issue({
      userId: enrolled.userId,
      courseId: PAID,
      certificateId: CERTIFICATE,
      studentName: 'M',
      courseTitle: paid.title,
      teacherName: paid.teacherName,
      issuedAt: new Date().toISOString(),
      status: 'valid',
    });
    const opened = new Date().toISOString();
    await deps.discussions.createThread({
      threadId: THREAD,
      itemKey: 'thread',
      courseId: PAID,
      listKey: `0#${opened}#${THREAD}`,
      title: 'Matrix thread',
      text: 'Hello',
      authorId: enrolled.userId,
      authorName: 'M',
      authorTeacher: false,
      pinned: false,
      replyCount: 0,
      answered: false,
      createdAt: opened,
      lastActivityAt: opened,
    });
    tokens.set('anonymous', undefined);
    tokens.set('student', plain.token);
    tokens.set('enrolled', enrolled.token);
    tokens.set('other', other.token);
    tokens.set('admin', ((await api.post('/api/auth/signin', { email: DEFAULT_ADMIN.email, password: DEFAULT_ADMIN.password })).body as { accessToken: string }).accessToken);
  });

  afterAll(() => stack.dispose());

  it('has an entry for every route the API serves, and no entry for a route it does not', () => {
    const served = new Set(API_ROUTES.map((r) => `${r.method} ${r.path}`));
    const covered = new Set(CASES.map((c) => c.route));
    expect([...served].filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !served.has(route))).toEqual([]);
  });

  for (const testCase of CASES) {
    it(`${testCase.route} (${testCase.path})`, async () => {
      const method = testCase.route.split(' ')[0]!;
      const lambda = lambdas.get(API_ROUTES.find((r) => `${r.method} ${r.path}` === testCase.route)!.domain)!;
      const actual: Record<string, number> = {};
      const viaLambda: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const [i, caller] of CALLERS.entries()) {
        const token = tokens.get(caller);
        const response = await api.request(method, testCase.path, { body: testCase.body, token });
        actual[caller] = response.status;
        expected[caller] = testCase.expect[i]!;
        if (response.status >= 400) expect(typeof response.body.error, `${caller}: ${JSON.stringify(response.body)}`).toBe('string');
        const headers: Record<string, string> = testCase.body === undefined ? {} : { 'content-type': 'application/json' };
        if (token) headers.authorization = `Bearer ${token}`;
        const body = testCase.body === undefined ? undefined : JSON.stringify(testCase.body);
        const fromLambda = await invokeLambda(lambda, { method, path: testCase.path, headers, body });
        viaLambda[caller] = fromLambda.status;
      }
      expect(actual).toEqual(expected);
      expect(viaLambda, 'the same requests through the route\'s Lambda function').toEqual(expected);
    });
  }
  /**
   * The HLS files themselves (the local gateway, CloudFront's check on AWS): a caller holds only the
   * cookies the playback route gave them, for the lessons they may open. Everyone may open the free
   * preview s1l1, so its cookies are what a caller without access to s1l2 tries there.
   */
  it('HLS segments of a paid lesson: only with that lesson\'s cookies from the playback route', async () => {
    const segment = `/media/hls/${PAID}/s1l2/${JOB}/v0/seg_000.m4s`;
    const cookiesOf = async (lessonId: string, token: string | undefined) => {
      const response = await api.get(`/api/courses/${PAID}/lessons/${lessonId}/playback`, token);
      return { status: response.status, cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
    };
    const statuses: Record<string, [number, number, number]> = {};
    for (const caller of CALLERS) {
      const token = tokens.get(caller);
      const own = await cookiesOf('s1l2', token);
      const preview = await cookiesOf('s1l1', token);
      const withOwn = await fetch(`${stack.url}${segment}`, { headers: own.cookie ? { cookie: own.cookie } : {} });
      const withPreview = await fetch(`${stack.url}${segment}`, { headers: { cookie: preview.cookie } });
      statuses[caller] = [own.status, withOwn.status, withPreview.status];
    }
    // [playback of s1l2, its segment with what that gave, its segment with s1l1's cookies]
    expect(statuses).toEqual({
      anonymous: [401, 403, 403],
      student: [403, 403, 403],
      enrolled: [200, 200, 403],
      other: [403, 403, 403],
      admin: [200, 200, 403],
    });
  });
});
