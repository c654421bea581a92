import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { AppConfig } from '../config';
import { logger } from '../observability/logger';
import { tracer } from '../observability/tracer';
import type { Mailer } from './mailer';
import { SesMailer } from './ses-mailer';

/** Receipts through SES; without MAIL_FROM a warning instead, so a purchase never fails on mail. */
export function createCloudMailer(config: AppConfig): Mailer {
  if (!config.mailFrom) return { send: async () => logger.warn('MAIL_FROM is not set; mail not sent') };
  return new SesMailer(tracer.captureAWSv3Client(new SESv2Client({ region: config.region })), config.mailFrom);
}
