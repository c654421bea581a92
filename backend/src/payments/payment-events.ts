import type Stripe from 'stripe';
import { HttpError } from '../lib/http/http-errors';
import { logger } from '../lib/observability/logger';
import { countMetric } from '../lib/observability/metrics';
import { settleReview } from '../reviews/review-counting';
import type { PaymentsDeps } from './payments.deps';
import { receiptMail, refundMail } from './receipt';
import type { PaymentFacts } from './purchases.repository';

export type EventOutcome = 'processed' | 'duplicate' | 'ignored';

type EventDeps = Pick<PaymentsDeps, 'purchases' | 'enrollments' | 'webhookEvents' | 'users' | 'courses' | 'mailer' | 'certificates' | 'reviews'>;

/** An event that names no user or course we know yet: a 503, so Stripe delivers it again later. */
export class UnresolvableEventError extends HttpError {
  constructor(detail: string) {
    super(503, 'This event cannot be applied yet; deliver it again later', 'RetryLater');
    logger.warn('webhook event deferred', { detail });
  }
}

function id(value: string | { id: string } | null | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.id;
}

/** Stripe's `created` (seconds since the epoch) as ISO 8601. */
function occurredAt(event: Stripe.Event): string {
  return new Date(event.created * 1000).toISOString();
}

function sessionFacts(session: Stripe.Checkout.Session, at: string): PaymentFacts {
  const paymentId = id(session.payment_intent);
  const userId = session.metadata?.userId;
  const courseId = session.metadata?.courseId;
  if (!paymentId || !userId || !courseId) throw new UnresolvableEventError(`Checkout Session ${session.id} lacks payment, user or course`);
  return { paymentId, userId, courseId, amountCents: session.amount_total ?? 0, currency: (session.currency ?? 'usd').toUpperCase(), checkoutSessionId: session.id, occurredAt: at };
}

async function grant(deps: EventDeps, facts: PaymentFacts): Promise<void> {
  const course = await deps.courses.get(facts.courseId);
  // The buyer is stored on the purchase so the admin list needs no look-up per row.
  const user = await deps.users.get(facts.userId);
  const purchase = await deps.purchases.recordPaid({ ...facts, courseTitle: course?.title, buyerName: user?.name, buyerEmail: user?.email });
  if (purchase.status !== 'paid') {
    // Refunded or disputed before this completion arrived: make sure no access remains.
    await deps.enrollments.revoke(facts.userId, facts.courseId, facts.paymentId);
    await settleReview(deps, facts.courseId, facts.userId);
    return;
  }
  const granted = await deps.enrollments.grant(facts.userId, facts.courseId, facts.paymentId);
  // Every time, not only when this call granted: Stripe's retry after a failure here still counts it.
  await settleReview(deps, facts.courseId, facts.userId);
  if (!granted) return;
  countMetric('PurchasesCompleted');
  if (user) await deps.mailer.send(receiptMail(user.email, course?.title ?? facts.courseId, facts.amountCents, facts.currency, facts.paymentId));
}

/**
 * The course's certificate goes with the enrollment this payment granted. Checked on the stored
 * enrollment rather than on `revoke`'s answer, so Stripe's retry after a failure here still revokes
 * it; an enrollment another payment granted keeps its certificate.
 */
async function revokeCertificate(deps: EventDeps, facts: PaymentFacts): Promise<void> {
  const enrollment = await deps.enrollments.get(facts.userId, facts.courseId);
  if (enrollment?.status !== 'revoked' || enrollment.paymentId !== facts.paymentId) return;
  if (await deps.certificates.revoke(facts.userId, facts.courseId)) countMetric('CertificatesRevoked');
}

/** `refundedCents`: what a refund gave back (less than the charge when partial); none for a dispute. */
async function reverse(deps: EventDeps, facts: PaymentFacts, status: 'refunded' | 'disputed', refundedCents?: number): Promise<void> {
  const purchase = await deps.purchases.recordReversal(facts, status);
  const revoked = await deps.enrollments.revoke(facts.userId, facts.courseId, facts.paymentId);
  await revokeCertificate(deps, facts);
  // The review stays stored but leaves the rating (it reads the enrollment itself, so a retry redoes it).
  await settleReview(deps, facts.courseId, facts.userId);
  countMetric('PaymentsReversed', { name: 'reason', value: status });
  // Only the call that took access away mails, so a redelivered refund sends no second one.
  if (!revoked || refundedCents === undefined) return;
  const user = await deps.users.get(facts.userId);
  const title = purchase.courseTitle ?? (await deps.courses.get(facts.courseId))?.title ?? facts.courseId;
  if (user) await deps.mailer.send(refundMail(user.email, title, refundedCents, facts.currency, facts.paymentId));
}

async function chargeFacts(deps: EventDeps, charge: Stripe.Charge, at: string): Promise<PaymentFacts> {
  const paymentId = id(charge.payment_intent);
  if (!paymentId) throw new UnresolvableEventError(`Charge ${charge.id} has no PaymentIntent`);
  let { userId, courseId } = charge.metadata ?? {};
  if (!userId || !courseId) ({ userId, courseId } = (await deps.purchases.get(paymentId)) ?? {});
  if (!userId || !courseId) throw new UnresolvableEventError(`Charge ${charge.id} names no user or course`);
  return { paymentId, userId, courseId, amountCents: charge.amount, currency: charge.currency.toUpperCase(), occurredAt: at };
}

async function disputeFacts(deps: EventDeps, dispute: Stripe.Dispute, at: string): Promise<PaymentFacts> {
  const paymentId = id(dispute.payment_intent);
  const purchase = paymentId ? await deps.purchases.get(paymentId) : undefined;
  if (!paymentId || !purchase) throw new UnresolvableEventError(`Dispute ${dispute.id} is for a payment not recorded yet`);
  return { paymentId, userId: purchase.userId, courseId: purchase.courseId, amountCents: dispute.amount, currency: dispute.currency.toUpperCase(), occurredAt: at };
}

/**
 * Applies one verified Stripe event. Each effect is an idempotent single-item write, so a
 * redelivery, a concurrent delivery or an event overtaking another ends in the same state; the
 * event is marked processed only after all of them, so a failure half-way is finished by Stripe's retry.
 */
export async function applyStripeEvent(deps: EventDeps, event: Stripe.Event): Promise<EventOutcome> {
  if (await deps.webhookEvents.isProcessed(event.id)) return 'duplicate';
  const at = occurredAt(event);
  switch (event.type) {
    case 'checkout.session.completed':
      // Delayed methods (bank debits) complete unpaid; their async_payment_succeeded grants.
      if (event.data.object.payment_status === 'unpaid') break;
      await grant(deps, sessionFacts(event.data.object, at));
      break;
    case 'checkout.session.async_payment_succeeded':
      await grant(deps, sessionFacts(event.data.object, at));
      break;
    case 'charge.refunded':
      // Older events may lack amount_refunded: then the whole charge was refunded.
      await reverse(deps, await chargeFacts(deps, event.data.object, at), 'refunded', event.data.object.amount_refunded || event.data.object.amount);
      break;
    case 'charge.dispute.created':
      await reverse(deps, await disputeFacts(deps, event.data.object, at), 'disputed');
      break;
    default:
      return 'ignored';
  }
  await deps.webhookEvents.markProcessed(event.id, event.type);
  return 'processed';
}
