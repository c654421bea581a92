import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

  constructor(private readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    if (existsSync(file)) {
      for (const event of JSON.parse(readFileSync(file, 'utf8')) as PendingWebhook[]) this.pending.set(event.id, event);
    }
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

  has(id: string): boolean {
    return this.pending.has(id);
  }

  /** Written to a temporary file and renamed, so a kill mid-write leaves the previous list whole. */
  private persist(): void {
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.list()));
    renameSync(temporary, this.file);
  }
}
