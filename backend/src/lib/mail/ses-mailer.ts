import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from './mailer';

export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly fromAddress: string,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.fromAddress,
        Destination: { ToAddresses: [mail.to] },
        Content: { Simple: { Subject: { Data: mail.subject }, Body: { Text: { Data: mail.text } } } },
      }),
    );
  }
}
