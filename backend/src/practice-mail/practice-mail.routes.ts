import { Hono } from 'hono';
import {
  practiceEmailSettingsSchema,
  unsubscribeQuerySchema,
  type PracticeEmailSettings,
  type UnsubscribeStatus,
  type WeeklyEmailRun,
} from '@lessonstage/shared';
import { requireAdmin, requireUser } from '../auth/auth.middleware';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import type { PracticeMailDeps, PracticeMailEnv } from './practice-mail.deps';
import { verifyUnsubscribeToken } from './unsubscribe-token';
import { sendWeeklyMails } from './weekly-mail-job';

async function settingsOf(deps: PracticeMailDeps, userId: string): Promise<PracticeEmailSettings> {
  const subscription = await deps.weeklyMail.subscription(userId);
  return subscription ? { weeklySummary: true, tz: subscription.tz } : { weeklySummary: false };
}

async function studentOfToken(deps: PracticeMailDeps, query: Record<string, string>): Promise<string> {
  const { token } = parseInput(unsubscribeQuerySchema, query);
  return verifyUnsubscribeToken(await deps.unsubscribeSecret(), token);
}

/**
 * The weekly practice e-mail: the student's toggle (off by default), the one-click unsubscribe of
 * its links (no sign-in: the signed token is the proof), and the admin's "run the job now".
 */
export const practiceMailRoutes = new Hono<PracticeMailEnv>()
  .get('/me/practice/email', requireUser, async (c) => c.json<PracticeEmailSettings>(await settingsOf(c.get('deps'), c.get('principal')!.userId)))
  .put('/me/practice/email', requireUser, async (c) => {
    const { weeklySummary, tz } = await parseJsonBody(c, practiceEmailSettingsSchema);
    const { weeklyMail } = c.get('deps');
    const userId = c.get('principal')!.userId;
    if (weeklySummary) await weeklyMail.subscribe(userId, tz!);
    else await weeklyMail.unsubscribe(userId);
    return c.json<PracticeEmailSettings>(weeklySummary ? { weeklySummary, tz } : { weeklySummary });
  })
  // GET only checks the link and tells its state: mail scanners fetch links (RFC 8058 asks for POST).
  .get('/practice/unsubscribe', async (c) => {
    const deps = c.get('deps');
    const userId = await studentOfToken(deps, c.req.query());
    return c.json<UnsubscribeStatus>({ weeklySummary: (await deps.weeklyMail.subscription(userId)) !== undefined });
  })
  // The one-click POST of RFC 8058 (body `List-Unsubscribe=One-Click`, not needed) and the landing page's.
  .post('/practice/unsubscribe', async (c) => {
    const deps = c.get('deps');
    await deps.weeklyMail.unsubscribe(await studentOfToken(deps, c.req.query()));
    return c.json<UnsubscribeStatus>({ weeklySummary: false });
  })
  .post('/admin/practice/weekly-email', requireAdmin, async (c) => {
    const deps = c.get('deps');
    return c.json<WeeklyEmailRun>(await sendWeeklyMails(deps, Date.now(), deps.appOrigin ?? new URL(c.req.url).origin));
  });
