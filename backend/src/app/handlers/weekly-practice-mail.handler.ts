import type { Context } from 'aws-lambda';
import type { WeeklyEmailRun } from '@lessonstage/shared';
import { loadConfig } from '../../lib/config';
import { logger } from '../../lib/observability/logger';
import { sendWeeklyMails } from '../../practice-mail/weekly-mail-job';
import { practiceMailFunction } from './practice-mail.handler';

/**
 * The weekly job, invoked by its EventBridge schedule (no API route): the practice-mail
 * function's clients, built once per cold start, and one run over every subscribed student.
 */
let deps: ReturnType<typeof practiceMailFunction.deps> | undefined;

export async function handler(_event: unknown, context: Context): Promise<WeeklyEmailRun> {
  logger.addContext(context);
  deps ??= practiceMailFunction.deps(loadConfig());
  return sendWeeklyMails(deps);
}
