import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { AppConfig } from '../config';
import type { Mailer } from './mailer';
import { SesMailer } from './ses-mailer';

/** Receipts through SES; without MAIL_FROM a warning instead, so a purchase never fails on mail. */
export function createCloudMailer(config: AppConfig): Mailer {
  if (!config.mailFrom) return { send: async () => console.warn(JSON.stringify({ level: 'warn', msg: 'MAIL_FROM is not set; mail not sent' })) };
  return new SesMailer(new SESv2Client({ region: config.region }), config.mailFrom);
}
