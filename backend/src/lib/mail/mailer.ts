/** An e-mail the product sends (receipts; Cognito sends its own verification mail). */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** SES in the cloud; the dev mailbox in the local stack. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}
