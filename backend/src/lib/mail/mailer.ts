/** An e-mail the product sends (receipts, weekly summaries; Cognito sends its own verification mail). */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** An HTML part beside the text one (multipart/alternative). */
  readonly html?: string;
  /** Extra header fields, e.g. `List-Unsubscribe` (RFC 2369 / RFC 8058). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** SES in the cloud; the dev mailbox in the local stack. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}
