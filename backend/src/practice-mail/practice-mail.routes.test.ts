import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailboxMessage, WeeklyEmailRun } from '@lessonstage/shared';
import { createDeps } from '../app/api-deps';
import { DEFAULT_ADMIN } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { signInAdmin, signUpStudent } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { lastWeekOf } from './weekly-mail-job';

const TZ = 'Europe/Berlin';
const COURSE = 'demo-guitar-first-chords';
const PREVIEW_LESSON = 's1l1';

describe('weekly practice e-mail API', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let student: { token: string; userId: string; email: string };
  let admin: string;

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    const signedUp = await signUpStudent(stack, api);
    student = { ...signedUp, email: (await api.get<{ email: string }>('/api/auth/me', signedUp.token)).body.email };
    admin = await signInAdmin(api, DEFAULT_ADMIN);
  });
  afterAll(() => stack.dispose());

  const put = (path: string, body: unknown, token: string) => api.request('PUT', path, { body, token });
  const mails = async (email: string) => (await api.get<MailboxMessage[]>(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).body.filter((m) => m.subject.startsWith('Your practice week'));
  const runJob = async () => {
    const response = await api.post<WeeklyEmailRun>('/api/admin/practice/weekly-email', {}, admin);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };

  it('is off by default and needs a known time zone to turn on', async () => {
    expect((await api.get('/api/me/practice/email', student.token)).body).toEqual({ weeklySummary: false });
    const noZone = await put('/api/me/practice/email', { weeklySummary: true }, student.token);
    expect(noZone.status).toBe(400);
    expect(noZone.body.error).toMatch(/^tz: /);
    const badZone = await put('/api/me/practice/email', { weeklySummary: true, tz: 'Mars/Olympus' }, student.token);
    expect(badZone.status).toBe(400);
    expect(badZone.body.error).toMatch(/^tz: /);
    expect((await put('/api/me/practice/email', { weeklySummary: 'yes' }, student.token)).body.error).toMatch(/^weeklySummary: /);
  });

  it('sends an opted-in student last week once, with the List-Unsubscribe headers, however often the job runs', async () => {
    // Twenty minutes on Wednesday noon of the student's last week.
    const { from } = lastWeekOf(Date.now(), TZ);
    const wednesdayNoon = Date.parse(`${from}T12:00:00Z`) + 2 * 86_400_000 - 3_600_000;
    const recorded = await api.post('/api/me/practice', { sessions: [{ sessionId: randomUUID(), courseId: COURSE, lessonId: PREVIEW_LESSON, startedAt: new Date(wednesdayNoon).toISOString(), seconds: 1200 }] }, student.token);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(202);
    expect((await put('/api/me/practice/email', { weeklySummary: true, tz: TZ }, student.token)).body).toEqual({ weeklySummary: true, tz: TZ });
    expect((await api.get('/api/me/practice/email', student.token)).body).toEqual({ weeklySummary: true, tz: TZ });

    const first = await runJob();
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const [mail, ...others] = await mails(student.email);
    expect(others).toEqual([]);
    expect(mail!.subject).toBe('Your practice week: 20 min');
    expect(mail!.text).toContain('You practised 20 min last week.');
    expect(mail!.text).toMatch(/\n\nLessons you practised:\n- Holding the guitar and the pick \(Guitar from Zero: Your First Chords\), 20 min in all\n/);
    expect(mail!.html).toContain('<strong>You practised 20 min last week.</strong>');
    expect(mail!.headers!['List-Unsubscribe']).toMatch(new RegExp(`^<${stack.url}/api/practice/unsubscribe\\?token=[\\w-]+\\.[\\w-]{43}>, <mailto:unsubscribe@lessonstage\\.local\\?subject=unsubscribe>$`));
    expect(mail!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    const second = await runJob();
    expect(second.sent).toBe(0);
    expect(second.skipped).toBe(first.students);
    expect(await mails(student.email)).toHaveLength(1);
  });

  it('turns the e-mail off with one POST of the header\'s link, without signing in; GET only tells', async () => {
    const [mail] = await mails(student.email);
    const link = /^<([^>]+)>/.exec(mail!.headers!['List-Unsubscribe']!)![1]!;
    const looked = await fetch(link);
    expect(await looked.json()).toEqual({ weeklySummary: true });
    const clicked = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(clicked.status).toBe(200);
    expect(await clicked.json()).toEqual({ weeklySummary: false });
    expect((await api.get('/api/me/practice/email', student.token)).body).toEqual({ weeklySummary: false });
    expect(await (await fetch(link)).json()).toEqual({ weeklySummary: false });
    // The page link in the body carries the same token.
    expect(mail!.text).toContain(`${stack.url}/practice/unsubscribe?token=${new URL(link).searchParams.get('token')}`);
  });

  it('refuses a changed token (403) and a missing or malformed one (400), naming the token', async () => {
    const [mail] = await mails(student.email);
    const token = new URL(/^<([^>]+)>/.exec(mail!.headers!['List-Unsubscribe']!)![1]!).searchParams.get('token')!;
    const [id, sig] = token.split('.') as [string, string];
    const forged = `${Buffer.from(randomUUID()).toString('base64url')}.${sig}`;
    for (const method of ['GET', 'POST']) {
      const changed = await api.request(method, `/api/practice/unsubscribe?token=${forged}`);
      expect(changed.status).toBe(403);
      expect(changed.body.error).toMatch(/^token: .*not valid/);
      const missing = await api.request(method, '/api/practice/unsubscribe');
      expect(missing.status).toBe(400);
      expect(missing.body.error).toMatch(/^token: /);
      expect((await api.request(method, `/api/practice/unsubscribe?token=${id}`)).status).toBe(400);
    }
  });

  it('claims each student\'s week once even when two runs overlap, and sends again after a failed send', async () => {
    const other = await signUpStudent(stack, api);
    const email = (await api.get<{ email: string }>('/api/auth/me', other.token)).body.email;
    await put('/api/me/practice/email', { weeklySummary: true, tz: 'America/St_Johns' }, other.token);
    const { sendWeeklyMails } = await import('./weekly-mail-job');
    // Next week for the job: earlier runs of this file marked this week's e-mails.
    const nextWeek = Date.now() + 7 * 86_400_000;
    const failing = createDeps(stack.config, { send: () => Promise.reject(new Error('SES throttled')) });
    const failed = await sendWeeklyMails(failing, nextWeek);
    expect(failed.failed).toBe(failed.students);
    const week = lastWeekOf(nextWeek, 'America/St_Johns').from;
    expect(await failing.weeklyMail.weekState(other.userId, week)).toBe('failed');

    const sent: string[] = [];
    const deps = createDeps(stack.config, { send: async (m) => void sent.push(m.to) });
    const runs = await Promise.all([sendWeeklyMails(deps, nextWeek), sendWeeklyMails(deps, nextWeek)]);
    expect(sent.filter((to) => to === email)).toHaveLength(1);
    expect(runs[0].sent + runs[1].sent).toBe(failed.students);
    expect(await deps.weeklyMail.weekState(other.userId, week)).toBe('sent');
  });
});
