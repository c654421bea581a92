import { escapeHtml } from '../lib/mail/escape-html';
import type { OutgoingMail } from '../lib/mail/mailer';

export interface WeeklyLesson {
  readonly lessonTitle: string;
  readonly courseTitle: string;
  /** All-time seconds on the lesson (the journal keeps lesson totals, not per week). */
  readonly totalSeconds: number;
}

/** What one student's weekly e-mail says, and where its links go. */
export interface WeeklySummaryContent {
  readonly to: string;
  readonly name: string;
  /** The local week, Monday to Sunday (YYYY-MM-DD). */
  readonly from: string;
  readonly until: string;
  readonly weekSeconds: number;
  readonly streakDays: number;
  readonly weeklyGoalSeconds: number;
  readonly lessons: readonly WeeklyLesson[];
  /** The page that confirms the unsubscribe (in the body), and the API one-click URL (in the header). */
  readonly unsubscribePage: string;
  readonly unsubscribeUrl: string;
  readonly unsubscribeMailto?: string;
  readonly practiceUrl: string;
}

export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
}

function lines(content: WeeklySummaryContent): { headline: string; facts: string[]; lessons: string[] } {
  const { weekSeconds, weeklyGoalSeconds, streakDays } = content;
  const goal = weeklyGoalSeconds > 0
    ? `Weekly goal: ${formatDuration(weekSeconds)} of ${formatDuration(weeklyGoalSeconds)} (${Math.min(100, Math.round((weekSeconds / weeklyGoalSeconds) * 100))} %)`
    : 'Weekly goal: none set yet (set one on your Practice page)';
  return {
    headline: weekSeconds > 0 ? `You practised ${formatDuration(weekSeconds)} last week.` : 'No practice recorded last week: a few minutes today start a new streak.',
    facts: [goal, `Current streak: ${streakDays} ${streakDays === 1 ? 'day' : 'days'}`],
    lessons: content.lessons.map((l) => `${l.lessonTitle} (${l.courseTitle}), ${formatDuration(l.totalSeconds)} in all`),
  };
}

function textBody(content: WeeklySummaryContent): string {
  const { headline, facts, lessons } = lines(content);
  return [
    `Hi ${content.name},`,
    ``,
    headline,
    `Week of ${content.from} to ${content.until}`,
    ``,
    ...facts,
    ...(lessons.length ? [``, `Lessons you practised:`, ...lessons.map((l) => `- ${l}`)] : []),
    ``,
    `Your practice journal: ${content.practiceUrl}`,
    ``,
    `You get this e-mail because you turned on the weekly practice summary.`,
    `Unsubscribe: ${content.unsubscribePage}`,
  ].join('\n');
}

function htmlBody(content: WeeklySummaryContent): string {
  const { headline, facts, lessons } = lines(content);
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  return [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    `<p>Hi ${escapeHtml(content.name)},</p>`,
    `<p><strong>${escapeHtml(headline)}</strong><br>Week of ${escapeHtml(content.from)} to ${escapeHtml(content.until)}</p>`,
    list(facts),
    lessons.length ? `<p>Lessons you practised:</p>${list(lessons)}` : '',
    `<p><a href="${escapeHtml(content.practiceUrl)}">Open your practice journal</a></p>`,
    `<p style="font-size:small;color:#555">You get this e-mail because you turned on the weekly practice summary. <a href="${escapeHtml(content.unsubscribePage)}">Unsubscribe</a></p>`,
    '</body></html>',
  ].join('');
}

/** The e-mail, with the List-Unsubscribe fields mail clients offer as a button (RFC 2369, one-click per RFC 8058). */
export function weeklySummaryMail(content: WeeklySummaryContent): OutgoingMail {
  const targets = [`<${content.unsubscribeUrl}>`, ...(content.unsubscribeMailto ? [`<mailto:${content.unsubscribeMailto}?subject=unsubscribe>`] : [])];
  return {
    to: content.to,
    subject: content.weekSeconds > 0 ? `Your practice week: ${formatDuration(content.weekSeconds)}` : 'Your practice week',
    text: textBody(content),
    html: htmlBody(content),
    headers: { 'List-Unsubscribe': targets.join(', '), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
