import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A Checkout Session as the local stand-in keeps it (the fields Stripe's own object has that we use). */
export interface LocalCheckoutSession {
  readonly id: string;
  readonly paymentIntentId: string;
  readonly chargeId: string;
  readonly amountTotal: number;
  readonly currency: string;
  readonly productName: string;
  readonly customerEmail?: string;
  readonly clientReferenceId?: string;
  readonly metadata: Record<string, string>;
  readonly successUrl: string;
  readonly cancelUrl: string;
  readonly url: string;
  readonly created: number;
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'unpaid' | 'paid';
  refunded: boolean;
}

export function stripeId(prefix: string): string {
  return `${prefix}_test_${randomBytes(12).toString('hex')}`;
}

/** Sessions kept on disk with the rest of the local stack's data, so a restart loses none. */
export class LocalStripeStore {
  private readonly sessions = new Map<string, LocalCheckoutSession>();

  constructor(private readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    if (existsSync(file)) {
      for (const session of JSON.parse(readFileSync(file, 'utf8')) as LocalCheckoutSession[]) this.sessions.set(session.id, session);
    }
  }

  private persist(): void {
    writeFileSync(this.file, JSON.stringify([...this.sessions.values()], null, 1));
  }

  add(session: LocalCheckoutSession): void {
    this.sessions.set(session.id, session);
    this.persist();
  }

  get(id: string): LocalCheckoutSession | undefined {
    return this.sessions.get(id);
  }

  byPaymentIntent(paymentIntentId: string): LocalCheckoutSession | undefined {
    return [...this.sessions.values()].find((s) => s.paymentIntentId === paymentIntentId);
  }

  update(session: LocalCheckoutSession, changes: Partial<Pick<LocalCheckoutSession, 'status' | 'paymentStatus' | 'refunded'>>): void {
    Object.assign(session, changes);
    this.persist();
  }
}
