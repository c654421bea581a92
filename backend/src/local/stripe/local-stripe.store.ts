import { randomBytes } from 'node:crypto';
import { JsonListFile } from './json-list-file';

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
  private readonly store: JsonListFile<LocalCheckoutSession>;

  constructor(file: string) {
    this.store = new JsonListFile(file);
    for (const session of this.store.load()) this.sessions.set(session.id, session);
  }

  private persist(): void {
    this.store.save([...this.sessions.values()]);
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
