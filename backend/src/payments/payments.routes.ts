import { Hono } from 'hono';
import { checkoutRequestSchema, type CheckoutResponse } from '@lessonstage/shared';
import { requireUser } from '../auth/auth.middleware';
import { FREE_ENROLLMENT } from '../enrollments/enrollment.record';
import type { PaymentsEnv } from './payments.deps';
import { BadRequestError, ConflictError, NotFoundError, UnauthorizedError } from '../lib/http/http-errors';
import { parseJsonBody } from '../lib/http/validate';
import { countMetric } from '../lib/observability/metrics';
import { applyStripeEvent } from './payment-events';

export const paymentsRoutes = new Hono<PaymentsEnv>()
  .post('/payments/checkout', requireUser, async (c) => {
    const { courseId } = await parseJsonBody(c, checkoutRequestSchema);
    const { courses, enrollments, users, stripe, appOrigin } = c.get('deps');
    const principal = c.get('principal')!;
    const course = await courses.get(courseId);
    if (!course || course.status !== 'published') throw new NotFoundError('Course not found');
    if (await enrollments.isActive(principal.userId, courseId)) throw new ConflictError('You are already enrolled in this course', 'AlreadyEnrolled');
    if (course.priceCents === 0) {
      await enrollments.grant(principal.userId, courseId, FREE_ENROLLMENT);
      return c.json<CheckoutResponse>({ sessionUrl: null, enrolled: true });
    }
    const user = await users.get(principal.userId);
    if (!user) throw new UnauthorizedError('Unknown account', 'UnknownAccount');
    const origin = appOrigin ?? new URL(c.req.url).origin;
    const session = await stripe.createCheckoutSession({
      userId: user.userId,
      email: user.email,
      courseId,
      title: course.title,
      description: course.description,
      priceCents: course.priceCents,
      currency: course.currency,
      successUrl: `${origin}/checkout/success?courseId=${encodeURIComponent(courseId)}&session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${origin}/courses/${encodeURIComponent(courseId)}?checkout=cancelled`,
    });
    return c.json<CheckoutResponse>({ sessionUrl: session.url, enrolled: false });
  })
  .post('/payments/webhook', async (c) => {
    const signature = c.req.header('stripe-signature');
    if (!signature) throw new BadRequestError('Stripe-Signature: header is missing', 'MissingSignature');
    // The raw body, byte for byte: the signature covers it (Hono's Lambda adapter decodes base64 bodies).
    const rawBody = await c.req.text();
    const deps = c.get('deps');
    const event = await deps.stripe.verifyEvent(rawBody, signature);
    if (!event) throw new BadRequestError('Stripe-Signature: does not verify for this body', 'InvalidSignature');
    const outcome = await applyStripeEvent(deps, event).catch((error: unknown) => {
      countMetric('WebhookEvents', { name: 'outcome', value: 'failed' });
      throw error;
    });
    countMetric('WebhookEvents', { name: 'outcome', value: outcome });
    return c.json({ received: true, outcome });
  });
