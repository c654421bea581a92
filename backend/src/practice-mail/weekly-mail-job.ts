import type { WeeklyEmailRun } from '@lessonstage/shared';
import { practiceSummary } from '../learning/journal/practice-summary';
import { addDays, localDateOf, mondayOf } from '../learning/journal/time-slots';
import { logger } from '../lib/observability/logger';
import type { UserRecord } from '../users/user.record';
import type { WeeklyMailJobDeps } from './practice-mail.deps';
import { unsubscribeToken } from './unsubscribe-token';
import { SUBSCRIBER_SHARDS, type Subscriber } from './weekly-mail.repository';
import { weeklySummaryMail, type WeeklyLesson } from './weekly-summary-mail';

/** E-mails composed and sent at once: well under SES's lowest sending rate (14 a second). */
const CONCURRENT_SENDS = 5;
const TOP_LESSONS = 3;

type Outcome = 'sent' | 'skipped' | 'failed';

/** The student's last full local week (Monday to Sunday) before the week `nowMs` is in. */
export function lastWeekOf(nowMs: number, timeZone: string): { from: string; until: string } {
  const monday = mondayOf(localDateOf(nowMs, timeZone));
  return { from: addDays(monday, -7), until: addDays(monday, -1) };
}

/** The most practised lessons (all-time seconds) among those practised within the week, with their titles. */
async function weekLessons(deps: WeeklyMailJobDeps, perLesson: readonly { courseId: string; lessonId: string; seconds: number; lastPractisedAt: string }[], timeZone: string, week: { from: string; until: string }): Promise<WeeklyLesson[]> {
  const inWeek = perLesson
    .filter((lesson) => {
      const at = Date.parse(lesson.lastPractisedAt);
      if (!Number.isFinite(at)) return false;
      const date = localDateOf(at, timeZone);
      return date >= week.from && date <= week.until;
    })
    .slice(0, TOP_LESSONS);
  const courses = new Map((await deps.courses.getMany([...new Set(inWeek.map((l) => l.courseId))])).map((course) => [course.courseId, course]));
  return inWeek.flatMap(({ courseId, lessonId, seconds }) => {
    const course = courses.get(courseId);
    const lesson = course?.sections.flatMap((section) => section.lessons).find((l) => l.lessonId === lessonId);
    return course && lesson ? [{ lessonTitle: lesson.title, courseTitle: course.title, totalSeconds: seconds }] : [];
  });
}

async function compose(deps: WeeklyMailJobDeps, secret: string, origin: string, user: UserRecord, tz: string, week: { from: string; until: string }, nowMs: number) {
  const summary = await practiceSummary(deps.practiceJournal, user.userId, { from: week.from, to: week.until, tz }, nowMs);
  const token = unsubscribeToken(secret, user.userId);
  return weeklySummaryMail({
    to: user.email,
    name: user.name,
    ...week,
    weekSeconds: summary.days.reduce((sum, day) => sum + day.seconds, 0),
    streakDays: summary.streakDays,
    weeklyGoalSeconds: summary.weeklyGoalSeconds,
    lessons: await weekLessons(deps, summary.perLesson, tz, week),
    unsubscribePage: `${origin}/practice/unsubscribe?token=${token}`,
    unsubscribeUrl: `${origin}/api/practice/unsubscribe?token=${token}`,
    unsubscribeMailto: deps.unsubscribeMailto,
    practiceUrl: `${origin}/practice`,
  });
}

/**
 * One student's e-mail, at most once per week: the week is claimed (a conditional write) before
 * anything is sent, so a rerun, or two runs at once, skip it. A send that fails marks the week
 * `failed`, which the next run claims again; a crash between claim and send loses that week's
 * e-mail rather than risk sending it twice.
 */
async function sendOne(deps: WeeklyMailJobDeps, secret: string, origin: string, { userId, tz }: Subscriber, nowMs: number): Promise<Outcome> {
  const user = await deps.users.get(userId);
  if (!user) return 'skipped';
  const week = lastWeekOf(nowMs, tz);
  if (!(await deps.weeklyMail.claimWeek(userId, week.from))) return 'skipped';
  try {
    await deps.mailer.send(await compose(deps, secret, origin, user, tz, week, nowMs));
  } catch (error) {
    logger.error('weekly practice e-mail not sent', { userId, week: week.from, error });
    await deps.weeklyMail.markWeek(userId, week.from, 'failed').catch((markError: unknown) => logger.error('weekly e-mail left claimed', { userId, error: markError }));
    return 'failed';
  }
  await deps.weeklyMail.markWeek(userId, week.from, 'sent');
  return 'sent';
}

/** The weekly job: every subscribed student, shard by shard, a page at a time (Queries, never a Scan). */
export async function sendWeeklyMails(deps: WeeklyMailJobDeps, nowMs = Date.now(), origin = deps.appOrigin): Promise<WeeklyEmailRun> {
  if (!origin) throw new Error('APP_ORIGIN is not set: the weekly e-mail would have no links');
  const secret = await deps.unsubscribeSecret();
  const run = { students: 0, sent: 0, skipped: 0, failed: 0 };
  for (let shard = 0; shard < SUBSCRIBER_SHARDS; shard++) {
    let next: Awaited<ReturnType<typeof deps.weeklyMail.subscribers>>['next'];
    do {
      const page = await deps.weeklyMail.subscribers(shard, next);
      for (let i = 0; i < page.subscribers.length; i += CONCURRENT_SENDS) {
        const outcomes = await Promise.all(page.subscribers.slice(i, i + CONCURRENT_SENDS).map((subscriber) => sendOne(deps, secret, origin, subscriber, nowMs)));
        for (const outcome of outcomes) run[outcome] += 1;
      }
      run.students += page.subscribers.length;
      next = page.next;
    } while (next);
  }
  logger.info('weekly practice e-mails', run);
  return run;
}
