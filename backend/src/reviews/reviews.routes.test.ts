import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseDetailSchema, courseListSchema, myReviewSchema, reviewListSchema, type CourseRating } from '@lessonstage/shared';
import { createDeps } from '../app/api-deps';
import { DEFAULT_ADMIN, DEFAULT_WEBHOOK_SECRET } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { courseFixture } from '../testing/course-fixtures';
import { fixtureTables, putCourse } from '../testing/fixture-writes';
import { signInAdmin, signUpStudent } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';

type Student = { token: string; userId: string };
const signer = new Stripe('sk_test_signer');

describe('course reviews', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let deps: ReturnType<typeof createDeps>;
  let admin: string;
  let n = 0;

  /** A published course of its own, so each test's rating starts at 0 of 0. */
  async function newCourse(): Promise<string> {
    const course = courseFixture(8000 + n++, { courseId: `reviewed-${randomBytes(4).toString('hex')}`, publishedAt: new Date(Date.UTC(2027, 0, 1) + n * 60_000).toISOString() });
    await putCourse(fixtureTables(stack.config).courses, course);
    return course.courseId;
  }

  async function enrolledStudents(courseId: string, count: number): Promise<Student[]> {
    const students: Student[] = [];
    for (let i = 0; i < count; i += 10) {
      students.push(...(await Promise.all(Array.from({ length: Math.min(10, count - i) }, () => signUpStudent(stack, api)))));
    }
    await Promise.all(students.map((s, i) => deps.enrollments.grant(s.userId, courseId, `pi_${courseId}_${i}`)));
    return students;
  }

  const review = (courseId: string, body: unknown, token?: string) => api.request('PUT', `/api/courses/${courseId}/review`, { body, token });
  const reviews = async (courseId: string, query = '') => reviewListSchema.parse((await api.get(`/api/courses/${courseId}/reviews${query}`)).body);
  const courseRating = async (courseId: string): Promise<CourseRating | undefined> => courseDetailSchema.parse((await api.get(`/api/courses/${courseId}`)).body).rating;

  function deliver(type: string, object: object): Promise<Response> {
    const payload = JSON.stringify({ id: `evt_${randomBytes(8).toString('hex')}`, object: 'event', type, api_version: '2026-10-28.endive', created: Math.floor(Date.now() / 1000), livemode: false, data: { object } });
    const signature = signer.webhooks.generateTestHeaderString({ payload, secret: DEFAULT_WEBHOOK_SECRET });
    return fetch(`${stack.url}/api/payments/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
  }
  const paid = (userId: string, courseId: string, paymentId: string) =>
    deliver('checkout.session.completed', { id: `cs_${paymentId}`, object: 'checkout.session', payment_intent: paymentId, payment_status: 'paid', status: 'complete', amount_total: 1000, currency: 'usd', metadata: { userId, courseId } });
  const refunded = (userId: string, courseId: string, paymentId: string) =>
    deliver('charge.refunded', { id: `ch_${paymentId}`, object: 'charge', payment_intent: paymentId, amount: 1000, amount_refunded: 1000, currency: 'usd', refunded: true, metadata: { userId, courseId } });

  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack.url);
    deps = createDeps(stack.config, stack.mailbox);
    admin = await signInAdmin(api, DEFAULT_ADMIN);
  });
  afterAll(() => stack.dispose());

  it('refuses bad input naming the field', async () => {
    const courseId = await newCourse();
    const [student] = await enrolledStudents(courseId, 1);
    const errors = async (body: unknown) => (await review(courseId, body, student!.token)).body.error;
    expect(await errors({})).toMatch(/^rating: /);
    expect(await errors({ rating: 0 })).toBe('rating: must be at least 1');
    expect(await errors({ rating: 6 })).toBe('rating: must be at most 5');
    expect(await errors({ rating: 3.5 })).toBe('rating: must be a whole number of stars');
    expect(await errors({ rating: '4' })).toMatch(/^rating: /);
    expect(await errors({ rating: 4, text: 'x'.repeat(2001) })).toBe('text: must be at most 2000 characters');
    expect((await review(courseId, { rating: 4, text: 'x'.repeat(2000) }, student!.token)).status).toBe(200);
    expect((await api.get(`/api/courses/${courseId}/reviews?cursor=nonsense`)).body.error).toBe('cursor: not a valid page cursor');
    expect((await api.get(`/api/courses/${courseId}/reviews?limit=51`)).body.error).toBe('limit: must be at most 50');
  });

  it('lets only an enrolled student review: 401 for a visitor, 403 for others, 404 for a draft or unknown course', async () => {
    const courseId = await newCourse();
    const outsider = await signUpStudent(stack, api);
    expect((await review(courseId, { rating: 5 })).status).toBe(401);
    const refused = await review(courseId, { rating: 5 }, outsider.token);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NotEnrolled');
    expect((await review(courseId, { rating: 5 }, admin)).status).toBe(403);
    expect((await review('no-such-course', { rating: 5 }, outsider.token)).status).toBe(404);
    const draft = courseFixture(8999, { courseId: `draft-${randomBytes(3).toString('hex')}`, status: 'draft', publishedAt: undefined });
    await putCourse(fixtureTables(stack.config).courses, draft);
    await deps.enrollments.grant(outsider.userId, draft.courseId, 'pi_draft');
    expect((await review(draft.courseId, { rating: 5 }, outsider.token)).status).toBe(404);
    expect((await api.get(`/api/courses/${draft.courseId}/reviews`)).status).toBe(404);
    expect(await courseRating(courseId)).toEqual({ average: 0, count: 0 });
  });

  it('keeps one review per student, editable; lists it with a display name and no user id or e-mail', async () => {
    const courseId = await newCourse();
    const [a, b] = await enrolledStudents(courseId, 2);
    expect(myReviewSchema.parse((await api.get(`/api/courses/${courseId}/review`, a!.token)).body)).toEqual({ review: null });
    const written = await review(courseId, { rating: 5, text: '  **Great** course  ' }, a!.token);
    expect(written.status).toBe(200);
    expect(myReviewSchema.parse(written.body).review).toMatchObject({ rating: 5, text: '**Great** course', reviewerName: 'Student', counted: true, reply: null });
    await review(courseId, { rating: 2 }, b!.token);
    expect(await courseRating(courseId)).toEqual({ average: 3.5, count: 2 });

    await review(courseId, { rating: 3, text: 'Changed my mind' }, a!.token);
    expect(await courseRating(courseId)).toEqual({ average: 2.5, count: 2 });
    const list = await reviews(courseId);
    expect(list.items.map((r) => [r.rating, r.text])).toEqual([[2, ''], [3, 'Changed my mind']]);
    expect(JSON.stringify(list)).not.toContain(a!.userId);
    expect(JSON.stringify(list)).not.toContain('@example.com');
    expect(myReviewSchema.parse((await api.get(`/api/courses/${courseId}/review`, a!.token)).body).review).toMatchObject({ rating: 3, counted: true });

    // The catalog card carries the same rating.
    const catalog = courseListSchema.parse((await api.get('/api/courses?limit=50')).body);
    expect(catalog.items.find((c) => c.courseId === courseId)?.rating).toEqual({ average: 2.5, count: 2 });
  });

  it('pages the list newest first with a cursor', async () => {
    const courseId = await newCourse();
    const students = await enrolledStudents(courseId, 5);
    for (const [i, s] of students.entries()) await review(courseId, { rating: (i % 5) + 1, text: `review ${i}` }, s.token);
    const first = await reviews(courseId, '?limit=2');
    expect(first.items.map((r) => r.text)).toEqual(['review 4', 'review 3']);
    const second = await reviews(courseId, `?limit=2&cursor=${first.nextCursor}`);
    const third = await reviews(courseId, `?limit=2&cursor=${second.nextCursor}`);
    expect([...second.items, ...third.items].map((r) => r.text)).toEqual(['review 2', 'review 1', 'review 0']);
    expect(third.nextCursor).toBeNull();
  });

  it('takes one reply from the teacher: a second is 409, an unknown review 404; the reply shows in the list', async () => {
    const courseId = await newCourse();
    const [student] = await enrolledStudents(courseId, 1);
    await review(courseId, { rating: 4, text: 'Nice' }, student!.token);
    const [listed] = (await reviews(courseId)).items;
    const path = `/api/admin/courses/${courseId}/reviews/${listed!.reviewId}/reply`;
    expect((await api.request('PUT', path, { body: { text: '  ' }, token: admin })).body.error).toBe('text: must not be empty');
    expect((await api.request('PUT', path, { body: { text: 'x'.repeat(2001) }, token: admin })).body.error).toBe('text: must be at most 2000 characters');
    expect((await api.request('PUT', path, { body: { text: 'Me?' }, token: student!.token })).status).toBe(403);
    const replied = await api.request('PUT', path, { body: { text: 'Thank you!' }, token: admin });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ reply: { text: 'Thank you!', authorName: expect.any(String) } });
    const again = await api.request('PUT', path, { body: { text: 'Thanks again' }, token: admin });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('AlreadyReplied');
    expect((await api.request('PUT', `/api/admin/courses/${courseId}/reviews/rNope/reply`, { body: { text: 'x' }, token: admin })).status).toBe(404);
    // An edit keeps the reply.
    await review(courseId, { rating: 5, text: 'Even nicer' }, student!.token);
    expect((await reviews(courseId)).items[0]).toMatchObject({ rating: 5, reply: { text: 'Thank you!' } });
  });

  it('50 concurrent reviews of one course through the routes leave the exact average', async () => {
    const courseId = await newCourse();
    const students = await enrolledStudents(courseId, 50);
    const answers = await Promise.all(students.map((s, i) => review(courseId, { rating: (i % 5) + 1, text: `#${i}` }, s.token)));
    expect(answers.map((a) => a.status)).toEqual(students.map(() => 200));
    expect(await courseRating(courseId)).toEqual({ average: 3, count: 50 });
    // All of them change their stars at once: 37 fives and 13 ones.
    await Promise.all(students.map((s, i) => review(courseId, { rating: i < 37 ? 5 : 1 }, s.token)));
    expect(await courseRating(courseId)).toEqual({ average: Math.round(((37 * 5 + 13) / 50) * 100) / 100, count: 50 });
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await reviews(courseId, `?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      page.items.forEach((r) => ids.add(r.reviewId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids.size).toBe(50);
  });

  it("takes a refunded student's review out of the average and the list (kept, uncounted); a new purchase puts it back", async () => {
    const courseId = await newCourse();
    const [stays] = await enrolledStudents(courseId, 1);
    const buyer = await signUpStudent(stack, api);
    expect((await paid(buyer.userId, courseId, 'pi_first')).status).toBe(200);
    await review(courseId, { rating: 1, text: 'Not for me' }, buyer.token);
    await review(courseId, { rating: 5 }, stays!.token);
    expect(await courseRating(courseId)).toEqual({ average: 3, count: 2 });

    expect((await refunded(buyer.userId, courseId, 'pi_first')).status).toBe(200);
    expect(await courseRating(courseId)).toEqual({ average: 5, count: 1 });
    expect((await reviews(courseId)).items.map((r) => r.rating)).toEqual([5]);
    expect(myReviewSchema.parse((await api.get(`/api/courses/${courseId}/review`, buyer.token)).body).review).toMatchObject({ rating: 1, text: 'Not for me', counted: false });
    expect((await review(courseId, { rating: 2 }, buyer.token)).status).toBe(403);
    // A redelivered refund changes nothing.
    await refunded(buyer.userId, courseId, 'pi_first');
    expect(await courseRating(courseId)).toEqual({ average: 5, count: 1 });

    expect((await paid(buyer.userId, courseId, 'pi_second')).status).toBe(200);
    expect(await courseRating(courseId)).toEqual({ average: 3, count: 2 });
  });

  it('keeps the rating through a course edit in the admin area', async () => {
    const courseId = await newCourse();
    const [student] = await enrolledStudents(courseId, 1);
    await review(courseId, { rating: 4 }, student!.token);
    const edited = await api.request('PATCH', `/api/admin/courses/${courseId}`, { body: { title: 'Renamed course', version: 1 }, token: admin });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(courseDetailSchema.parse((await api.get(`/api/courses/${courseId}`)).body)).toMatchObject({ title: 'Renamed course', rating: { average: 4, count: 1 } });
  });
});
