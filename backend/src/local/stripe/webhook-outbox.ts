import { JsonListFile } from './json-list-file';

/** An event the local stand-in owes the webhook endpoint: its exact payload, signed at each attempt. */
export interface PendingWebhook {
  readonly id: string;
  readonly type: string;
  readonly payload: string;
}

/**
 * Events not yet acknowledged by the webhook endpoint, kept on disk with the rest of the local
 * stack's data. Stripe keeps retrying an event for days, so a payment made just before the
 * stack stopped (or while the API answered errors) must still arrive after a restart.
 */
export class WebhookOutbox {
  private readonly pending = new Map<string, PendingWebhook>();
  private readonly store: JsonListFile<PendingWebhook>;

  constructor(file: string) {
    this.store = new JsonListFile(file);
    for (const event of this.store.load()) this.pending.set(event.id, event);
  }

  add(event: PendingWebhook): void {
    this.pending.set(event.id, event);
    this.persist();
  }

  remove(id: string): void {
    if (this.pending.delete(id)) this.persist();
  }

  list(): PendingWebhook[] {
    return [...this.pending.values()];
  }

  private persist(): void {
    this.store.save(this.list());
  }
}
