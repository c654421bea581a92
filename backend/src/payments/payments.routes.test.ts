import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { createDeps } from '../app/api-deps';
import { createDomainApp } from '../app/domain-function';
import { DEFAULT_ADMIN, DEFAULT_WEBHOOK_SECRET } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { invokeLambda } from '../testing/lambda-invoke';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { paymentsFunction } from '../app/handlers/payments.handler';

const PAID_COURSE = 'demo-guitar-first-chords'; // $29.00, lessons s1l1 (preview) and s1l2 (paid)
const FREE_COURSE = 'demo-voice-warmups';
const signer = new Stripe('sk_test_signer');

describe('payments', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let deps: ReturnType<typeof createDeps>;
  let admin: string;

  async function newStudent(): Promise<{ token: string; userId: string; email: string }> {
    const email = `buyer-${randomBytes(4).toString('hex')}@example.com`;
    await api.post('/api/auth/signup', { email, password: 'Practice!123', name: 'Buyer' });
    await api.post('/api/auth/confirm', { email, code: /(\d{6})/.exec(stack.mailbox.list(email)[0]!.text)![1] });
    const token = ((await api.post('/api/auth/signin', { email, password: 'Practice!123' })).body as { accessToken: string }).accessToken;
    const userId = ((await api.get('/api/auth/me', token)).body as { userId: string }).userId;
    return { token, userId, email };
  }

  function event(type: string, object: object, id = `evt_${randomBytes(8).toString('hex')}`, created = Math.floor(Date.now() / 1000)) {
    // Pretty-printed as Stripe sends it, so re-serialising changes the bytes.
    return JSON.stringify({ id, object: 'event', type, api_version: '2026-10-28.endive', created, livemode: false, data: { object } }, null, 2);
  }

  function completed(userId: string, courseId: string, paymentId: string, extra: object = {}) {
    return {
      id: `cs_test_${paymentId}`,
      object: 'checkout.session',
      payment_intent: paymentId,
      payment_status: 'paid',
      status: 'complete',
      amount_total: 2900,
      currency: 'usd',
      metadata: { userId, courseId },
      ...extra,
    };
  }

  function charge(userId: string, courseId: string, paymentId: string) {
    return { id: `ch_${paymentId}`, object: 'charge', payment_intent: paymentId, amount: 2900, currency: 'usd', refunded: true, metadata: { userId, courseId } };
  }

  async function deliver(payload: string, options: { secret?: string; timestamp?: number; signature?: string } = {}) {
    const signature =
      options.signature ?? signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? DEFAULT_WEBHOOK_SECRET, timestamp: options.timestamp });
    return fetch(`${stack.url}/api/payments/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
  }

  async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let i = 0; i < 100; i++) {
      const value = await probe();
      if (done(value)) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('condition not reached');
  }

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    deps = createDeps(stack.config, stack.mailbox);
    admin = ((await api.post('/api/auth/signin', { email: DEFAULT_ADMIN.email, password: DEFAULT_ADMIN.password })).body as { accessToken: string }).accessToken;
  });

  afterAll(() => stack.dispose());

  it('creates a Checkout Session priced from the course record, with who and what in its metadata', async () => {
    const buyer = await newStudent();
    const response = await api.post('/api/payments/checkout', { courseId: PAID_COURSE, priceCents: 1 }, buyer.token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ enrolled: false, sessionUrl: expect.stringMatching(/\/dev\/checkout\/cs_test_/) });
    const sent = stack.stripeRequests.at(-1)!;
    expect(sent.path).toBe('/v1/checkout/sessions');
    expect(sent.form).toMatchObject({
      mode: 'payment',
      'line_items[0][price_data][unit_amount]': '2900',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][price_data][product_data][name]': 'Guitar from Zero: Your First Chords',
      'line_items[0][quantity]': '1',
      client_reference_id: buyer.userId,
      customer_email: buyer.email,
      'metadata[userId]': buyer.userId,
      'metadata[courseId]': PAID_COURSE,
      'payment_intent_data[metadata][userId]': buyer.userId,
      allow_promotion_codes: 'true',
    });
    expect(sent.form.success_url).toMatch(/\/checkout\/success\?courseId=demo-guitar-first-chords&session_id=\{CHECKOUT_SESSION_ID\}$/);
    expect(sent.form.cancel_url).toMatch(/\/courses\/demo-guitar-first-chords\?checkout=cancelled$/);
  });

  it('refuses unknown courses, anonymous buyers and bad input', async () => {
    const buyer = await newStudent();
    expect((await api.post('/api/payments/checkout', { courseId: 'no-such-course' }, buyer.token)).status).toBe(404);
    expect((await api.post('/api/payments/checkout', { courseId: PAID_COURSE })).status).toBe(401);
    expect((await api.post('/api/payments/checkout', { courseId: '../x' }, buyer.token)).body.error).toMatch(/^courseId:/);
  });

  it('enrolls in a free course at once, without Stripe', async () => {
    const buyer = await newStudent();
    const before = stack.stripeRequests.length;
    expect((await api.post('/api/payments/checkout', { courseId: FREE_COURSE }, buyer.token)).body).toEqual({ sessionUrl: null, enrolled: true });
    expect(stack.stripeRequests.length).toBe(before);
    expect((await api.get(`/api/me/courses/${FREE_COURSE}`, buyer.token)).body).toMatchObject({ status: 'active' });
    expect((await api.post('/api/payments/checkout', { courseId: FREE_COURSE }, buyer.token)).status).toBe(409);
  });

  it('the same signed event 10 times, also concurrently → one enrollment, one purchase, one receipt', async () => {
    const buyer = await newStudent();
    const paymentId = `pi_${randomBytes(6).toString('hex')}`;
    const payload = event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, paymentId));
    const statuses = [(await deliver(payload)).status];
    statuses.push(...(await Promise.all(Array.from({ length: 6 }, () => deliver(payload).then((r) => r.status)))));
    for (let i = 0; i < 3; i++) statuses.push((await deliver(payload)).status);
    expect(statuses).toEqual(Array(10).fill(200));
    // Another event id for the same payment (Stripe may send both completion events) changes nothing either.
    expect((await deliver(event('checkout.session.async_payment_succeeded', completed(buyer.userId, PAID_COURSE, paymentId)))).status).toBe(200);

    expect((await deps.enrollments.pageForUser(buyer.userId, 10)).items).toEqual([expect.objectContaining({ courseId: PAID_COURSE, status: 'active', paymentId })]);
    expect(await deps.purchases.get(paymentId)).toMatchObject({ status: 'paid', amountCents: 2900, currency: 'USD', userId: buyer.userId });
    expect(stack.mailbox.list(buyer.email).filter((m) => m.subject.includes('receipt'))).toHaveLength(1);
    expect((await api.post('/api/payments/checkout', { courseId: PAID_COURSE }, buyer.token)).status).toBe(409);
  });

  it('a refund mails the student once, naming the course and the amount given back; a dispute does not', async () => {
    const buyer = await newStudent();
    const paymentId = `pi_${randomBytes(6).toString('hex')}`;
    await deliver(event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, paymentId)));
    const refund = event('charge.refunded', { ...charge(buyer.userId, PAID_COURSE, paymentId), amount_refunded: 2900 });
    expect((await deliver(refund)).status).toBe(200);
    expect((await deliver(event('charge.refunded', { ...charge(buyer.userId, PAID_COURSE, paymentId), amount_refunded: 2900 }))).status).toBe(200);
    const refunds = stack.mailbox.list(buyer.email).filter((m) => m.subject.includes('refund'));
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ subject: 'Your Lessonstage refund: Guitar from Zero: Your First Chords' });
    expect(refunds[0]!.text).toContain('Course: Guitar from Zero: Your First Chords');
    expect(refunds[0]!.text).toContain('Refunded: $29.00');

    const disputed = await newStudent();
    const disputedPayment = `pi_${randomBytes(6).toString('hex')}`;
    await deliver(event('checkout.session.completed', completed(disputed.userId, PAID_COURSE, disputedPayment)));
    await deliver(event('charge.dispute.created', { id: 'dp_3', object: 'dispute', payment_intent: disputedPayment, amount: 2900, currency: 'usd' }));
    expect(await deps.enrollments.isActive(disputed.userId, PAID_COURSE)).toBe(false);
    expect(stack.mailbox.list(disputed.email).filter((m) => m.subject.includes('refund'))).toEqual([]);
  });

  it("stamps a purchase with Stripe's event times, not the clock, so a redelivery writes the same record", async () => {
    const buyer = await newStudent();
    const paymentId = `pi_${randomBytes(6).toString('hex')}`;
    const paidAt = Date.parse('2026-11-30T10:00:00Z') / 1000;
    await deliver(event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, paymentId), undefined, paidAt));
    // Stripe's other completion event, later: the first stamps stay.
    await deliver(event('checkout.session.async_payment_succeeded', completed(buyer.userId, PAID_COURSE, paymentId), undefined, paidAt + 60));
    const paid = await deps.purchases.get(paymentId);
    expect(paid).toMatchObject({ createdAt: '2026-11-30T10:00:00.000Z', paidAt: '2026-11-30T10:00:00.000Z' });

    await deliver(event('charge.refunded', charge(buyer.userId, PAID_COURSE, paymentId), undefined, paidAt + 3600));
    expect(await deps.purchases.get(paymentId)).toEqual({ ...paid, status: 'refunded', refundedAt: '2026-11-30T11:00:00.000Z' });
  });

  it("lists purchases with the buyer's name and e-mail, searchable by e-mail or course, filtered by status and days", async () => {
    type Listed = { paymentId: string; buyerName?: string; buyerEmail?: string; status: string };
    const list = async (query: string) => (await api.get<{ items: Listed[]; nextCursor: string | null }>(`/api/admin/purchases?${query}`, admin)).body;
    const buyer = await newStudent();
    const paid = `pi_${randomBytes(6).toString('hex')}`;
    const refunded = `pi_${randomBytes(6).toString('hex')}`;
    const day = Date.parse('2026-10-01T12:00:00Z') / 1000;
    await deliver(event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, paid), undefined, day));
    await deliver(event('checkout.session.completed', completed(buyer.userId, FREE_COURSE, refunded), undefined, day + 86_400));
    await deliver(event('charge.refunded', charge(buyer.userId, FREE_COURSE, refunded), undefined, day + 90_000));
    // Recorded before buyers were stored on purchases: the list fills them in from the user.
    const older = `pi_${randomBytes(6).toString('hex')}`;
    await deps.purchases.recordPaid({ paymentId: older, userId: buyer.userId, courseId: PAID_COURSE, amountCents: 2900, currency: 'USD', occurredAt: '2026-09-30T08:00:00.000Z' });

    const byEmail = await list(`q=${encodeURIComponent(buyer.email.toUpperCase())}`);
    expect(byEmail.items.map((p) => p.paymentId)).toEqual([refunded, paid]);
    expect(byEmail.items[0]).toMatchObject({ buyerName: 'Buyer', buyerEmail: buyer.email });
    expect(await deps.purchases.get(paid)).toMatchObject({ buyerName: 'Buyer', buyerEmail: buyer.email });

    const everything = await list('from=2026-09-30&to=2026-10-02&limit=100');
    expect(everything.items.map((p) => p.paymentId)).toEqual([refunded, paid, older]);
    expect(everything.items[2]).toMatchObject({ buyerName: 'Buyer', buyerEmail: buyer.email });
    expect((await list('q=voice&from=2026-10-01&to=2026-10-02')).items.map((p) => p.paymentId)).toEqual([refunded]);
    expect((await list('status=refunded&from=2026-10-01&to=2026-10-02')).items.map((p) => p.paymentId)).toEqual([refunded]);
    expect((await list('from=2026-10-01&to=2026-10-01')).items.map((p) => p.paymentId)).toEqual([paid]);

    // Paged: one at a time, in order, nothing skipped.
    const first = await list('from=2026-09-30&to=2026-10-02&limit=1');
    const second = await list(`from=2026-09-30&to=2026-10-02&limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect([...first.items, ...second.items].map((p) => p.paymentId)).toEqual([refunded, paid]);

    for (const [query, message] of [
      ['status=lost', 'status: must be paid, refunded or disputed'],
      ['from=yesterday', 'from: must be a date (YYYY-MM-DD)'],
      ['from=2026-10-02&to=2026-10-01', 'to: must not be before from'],
    ]) {
      const response = await api.get<{ error: string }>(`/api/admin/purchases?${query}`, admin);
      expect([response.status, response.body.error]).toEqual([400, message]);
    }
  });

  it('tampered body, wrong secret, stale timestamp or no signature → 400 and nothing written', async () => {
    const buyer = await newStudent();
    const paymentId = `pi_${randomBytes(6).toString('hex')}`;
    const payload = event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, paymentId));
    const goodSignature = signer.webhooks.generateTestHeaderString({ payload, secret: DEFAULT_WEBHOOK_SECRET });
    const attempts = [
      await deliver(payload.replace('"amount_total": 2900', '"amount_total": 1'), { signature: goodSignature }),
      await deliver(JSON.stringify(JSON.parse(payload)), { signature: goodSignature }), // re-serialised
      await deliver(payload, { secret: 'whsec_wrong' }),
      await deliver(payload, { timestamp: Math.floor(Date.now() / 1000) - 600 }),
      await fetch(`${stack.url}/api/payments/webhook`, { method: 'POST', body: payload }),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/Stripe-Signature/);
    }
    expect(await deps.purchases.get(paymentId)).toBeUndefined();
    expect(await deps.enrollments.get(buyer.userId, PAID_COURSE)).toBeUndefined();
  });

  it('a refund delivered before the completion ends unenrolled; a later purchase enrolls again', async () => {
    const buyer = await newStudent();
    const paymentId = `pi_${randomBytes(6).toString('hex')}`;
    expect((await deliver(event('charge.refunded', charge(buyer.userId, PAID_COURSE, paymentId)))).status).toBe(200);
    expect((await deliver(event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, paymentId)))).status).toBe(200);
    expect(await deps.enrollments.get(buyer.userId, PAID_COURSE)).toMatchObject({ status: 'revoked' });
    expect(await deps.purchases.get(paymentId)).toMatchObject({ status: 'refunded' });

    const secondPayment = `pi_${randomBytes(6).toString('hex')}`;
    await deliver(event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, secondPayment)));
    expect(await deps.enrollments.get(buyer.userId, PAID_COURSE)).toMatchObject({ status: 'active', paymentId: secondPayment });
    // A late event of the refunded payment never switches access for it back on, nor takes the new one away.
    await deliver(event('checkout.session.async_payment_succeeded', completed(buyer.userId, PAID_COURSE, paymentId)));
    expect(await deps.enrollments.get(buyer.userId, PAID_COURSE)).toMatchObject({ status: 'active', paymentId: secondPayment });
  });

  it('an unpaid completion waits for async_payment_succeeded; a dispute revokes', async () => {
    const buyer = await newStudent();
    const paymentId = `pi_${randomBytes(6).toString('hex')}`;
    await deliver(event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, paymentId, { payment_status: 'unpaid' })));
    expect(await deps.enrollments.get(buyer.userId, PAID_COURSE)).toBeUndefined();
    await deliver(event('checkout.session.async_payment_succeeded', completed(buyer.userId, PAID_COURSE, paymentId)));
    expect(await deps.enrollments.isActive(buyer.userId, PAID_COURSE)).toBe(true);
    await deliver(event('charge.dispute.created', { id: 'dp_1', object: 'dispute', payment_intent: paymentId, charge: `ch_${paymentId}`, amount: 2900, currency: 'usd' }));
    expect(await deps.enrollments.get(buyer.userId, PAID_COURSE)).toMatchObject({ status: 'revoked' });
    expect(await deps.purchases.get(paymentId)).toMatchObject({ status: 'disputed' });
  });

  it('a dispute for a payment not recorded yet fails (5xx) so that Stripe retries it later', async () => {
    const response = await deliver(event('charge.dispute.created', { id: 'dp_2', object: 'dispute', payment_intent: 'pi_unknown', amount: 1, currency: 'usd' }));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'RetryLater' });
  });

  it('verifies a base64-encoded body as Lambda delivers it', async () => {
    const buyer = await newStudent();
    const paymentId = `pi_${randomBytes(6).toString('hex')}`;
    const payload = event('checkout.session.completed', completed(buyer.userId, PAID_COURSE, paymentId));
    const result = await invokeLambda(createDomainApp(paymentsFunction, stack.config), {
      method: 'POST',
      path: '/api/payments/webhook',
      headers: { 'content-type': 'application/json', 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: DEFAULT_WEBHOOK_SECRET }) },
      body: payload,
      base64: true,
    });
    expect(result.status).toBe(200);
    expect(await deps.enrollments.isActive(buyer.userId, PAID_COURSE)).toBe(true);
  });

  it('end to end through the local checkout page: pay, play, refund by an admin, locked again', async () => {
    const buyer = await newStudent();
    const paidLesson = `/api/courses/${PAID_COURSE}/lessons/s1l2/playback`;
    expect((await api.get(paidLesson, buyer.token)).status).toBe(403);
    const { sessionUrl } = (await api.post<{ sessionUrl: string }>('/api/payments/checkout', { courseId: PAID_COURSE }, buyer.token)).body;
    const page = await fetch(sessionUrl);
    expect(await page.text()).toContain('$29.00');
    const paid = await fetch(`${sessionUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toMatch(/\/checkout\/success\?courseId=demo-guitar-first-chords&session_id=cs_test_/);

    await waitFor(() => api.get(`/api/me/courses/${PAID_COURSE}`, buyer.token), (r) => r.body.status === 'active');
    expect((await api.get(paidLesson, buyer.token)).status).toBe(200);
    const mine = await api.get<{ items: { course: { courseId: string }; totalLessons: number }[] }>('/api/me/courses', buyer.token);
    expect(mine.body.items.map((m) => m.course.courseId)).toEqual([PAID_COURSE]);

    const purchases = await api.get<{ items: { paymentId: string; userId: string; status: string }[] }>('/api/admin/purchases', admin);
    const purchase = purchases.body.items.find((p) => p.userId === buyer.userId)!;
    expect(purchase.status).toBe('paid');
    expect((await api.post(`/api/admin/purchases/${purchase.paymentId}/refund`, {}, buyer.token)).status).toBe(403);
    expect((await api.post(`/api/admin/purchases/${purchase.paymentId}/refund`, {}, admin)).status).toBe(202);
    expect(stack.stripeRequests.at(-1)).toMatchObject({ path: '/v1/refunds', form: { payment_intent: purchase.paymentId } });

    await waitFor(() => api.get(`/api/me/courses/${PAID_COURSE}`, buyer.token), (r) => r.body.status === 'revoked');
    expect((await api.get(paidLesson, buyer.token)).status).toBe(403);
    // The one purchase, as the admin page polls it (the list's item, now refunded; no index field).
    const one = await api.get<Record<string, unknown>>(`/api/admin/purchases/${purchase.paymentId}`, admin);
    expect(one.body).toEqual({ ...purchase, status: 'refunded', refundedAt: expect.any(String) });
    expect((await api.get(`/api/admin/purchases/${purchase.paymentId}`, buyer.token)).status).toBe(403);
    expect((await api.post(`/api/admin/purchases/${purchase.paymentId}/refund`, {}, admin)).status).toBe(409);
  });

  it('remembers lesson progress for those who may open the lesson', async () => {
    const buyer = await newStudent();
    await api.post('/api/payments/checkout', { courseId: FREE_COURSE }, buyer.token);
    const saved = await api.request('PUT', `/api/courses/${FREE_COURSE}/lessons/s1l1/progress`, { body: { positionSec: 7.5, completed: true }, token: buyer.token });
    expect(saved.status).toBe(200);
    expect((await api.get(`/api/courses/${FREE_COURSE}/progress`, buyer.token)).body).toEqual([expect.objectContaining({ lessonId: 's1l1', positionSec: 7.5, completed: true })]);
    // A later position save without `completed` keeps the lesson completed.
    await api.request('PUT', `/api/courses/${FREE_COURSE}/lessons/s1l1/progress`, { body: { positionSec: 2 }, token: buyer.token });
    const mine = await api.get<{ items: { completedLessons: number; totalLessons: number }[] }>('/api/me/courses', buyer.token);
    expect(mine.body.items[0]).toMatchObject({ completedLessons: 1, totalLessons: 6 });
    const stranger = await newStudent();
    expect((await api.request('PUT', `/api/courses/${PAID_COURSE}/lessons/s1l2/progress`, { body: { positionSec: 1 }, token: stranger.token })).status).toBe(403);
    expect((await api.request('PUT', `/api/courses/${FREE_COURSE}/lessons/s1l1/progress`, { body: { positionSec: -1 }, token: buyer.token })).body.error).toMatch(/^positionSec:/);
  });
});
