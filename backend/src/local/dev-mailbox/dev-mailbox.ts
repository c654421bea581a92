import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MailboxMessage } from '@lessonstage/shared';
import type { Mailer, OutgoingMail } from '../../lib/mail/mailer';

/**
 * The local stack's outbox: every e-mail the product would send (verification codes, password
 * resets, receipts, weekly summaries with their headers) lands here instead, one JSON line each, kept with the stack's data.
 * It exists only in the local stack; nothing in a cloud deployment mounts it.
 */
export class DevMailbox implements Mailer {
  constructor(private readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
  }

  deliver(message: OutgoingMail): void {
    const entry: MailboxMessage = {
      to: message.to.toLowerCase(),
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      ...(message.headers ? { headers: { ...message.headers } } : {}),
      sentAt: new Date().toISOString(),
    };
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }

  async send(mail: OutgoingMail): Promise<void> {
    this.deliver(mail);
  }

  /** Messages to one address (or all), newest first. */
  list(to?: string): MailboxMessage[] {
    if (!existsSync(this.file)) return [];
    const wanted = to?.toLowerCase();
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as MailboxMessage)
      .filter((message) => !wanted || message.to === wanted)
      .reverse();
  }
}
