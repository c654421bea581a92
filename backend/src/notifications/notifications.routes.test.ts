import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATIONS_PAGE_SIZE, type NotificationSettings, type NotificationsPage, type UnreadNotifications } from '@lessonstage/shared';
import { createDeps } from '../app/api-deps';
import { apiClient } from '../testing/api-client';
import { signUpStudent } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { notificationKeyOf } from './notification.record';
import type { NotificationsRepository } from './notifications.repository';
import { createNotifier, type NotificationRequest, type Notifier } from './notifier';

const ALL_ON: NotificationSettings = { email: { 'submission-received': true, 'submission-answered': true, 'thread-answered': true } };

describe('notification routes', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let notifications: NotificationsRepository;
  let notifier: Notifier;
  let clock = Date.now() - 3_600_000;

  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack.url);
    const deps = createDeps(stack.config, stack.mailbox);
    notifications = deps.notifications;
    // One second apart, so "up to this one" is unambiguous.
    notifier = createNotifier({ notifications, users: deps.users, mailer: stack.mailbox, appOrigin: stack.url }, () => new Date((clock += 1000)));
  });
  afterAll(() => stack.dispose());

  const answered = (userId: string, n: number): NotificationRequest => ({
    userId,
    kind: 'submission-answered',
    title: `Your teacher answered your take #${n}`,
    text: `Comment ${n}`,
    link: `/courses/c1/lessons/l1?submission=s${n}`,
  });
  const list = async (token: string, cursor?: string) => {
    const response = await api.get<NotificationsPage>(`/api/me/notifications${cursor ? `?cursor=${cursor}` : ''}`, token);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };
  const count = async (token: string) => (await api.get<UnreadNotifications>('/api/me/notifications/count', token)).body.unreadCount;
  const markRead = (token: string, upTo: unknown) => api.post<UnreadNotifications & { error?: string }>('/api/me/notifications/read', { upTo }, token);

  it('lists newest first a page at a time, each unread, with the count; another user sees none of them', async () => {
    const ana = await signUpStudent(stack, api);
    const ben = await signUpStudent(stack, api);
    for (let n = 1; n <= NOTIFICATIONS_PAGE_SIZE + 2; n++) await notifier.notify([answered(ana.userId, n)]);

    const first = await list(ana.token);
    expect(first.unreadCount).toBe(NOTIFICATIONS_PAGE_SIZE + 2);
    expect(first.items.map((item) => item.title.split('#')[1])).toEqual(Array.from({ length: NOTIFICATIONS_PAGE_SIZE }, (_, i) => String(NOTIFICATIONS_PAGE_SIZE + 2 - i)));
    expect(first.items[0]).toMatchObject({ kind: 'submission-answered', text: `Comment ${NOTIFICATIONS_PAGE_SIZE + 2}`, read: false });
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = await list(ana.token, first.nextCursor);
    expect(second.items.map((item) => item.title.split('#')[1])).toEqual(['2', '1']);
    expect(second.nextCursor).toBeUndefined();
    expect(await list(ben.token)).toEqual({ items: [], unreadCount: 0 });
  });

  it('marks read up to what the user saw: older ones read, a later one unread and counted', async () => {
    const ana = await signUpStudent(stack, api);
    for (let n = 1; n <= 5; n++) await notifier.notify([answered(ana.userId, n)]);
    const seen = (await list(ana.token)).items;

    const marked = await markRead(ana.token, seen[2]!.createdAt);
    expect(marked.status).toBe(200);
    expect(marked.body.unreadCount).toBe(2);
    expect((await list(ana.token)).items.map((item) => item.read)).toEqual([false, false, true, true, true]);

    await notifier.notify([answered(ana.userId, 6)]);
    expect(await count(ana.token)).toBe(3);
    // Marking an older point again changes nothing.
    expect((await markRead(ana.token, seen[4]!.createdAt)).body.unreadCount).toBe(3);
    expect((await markRead(ana.token, (await list(ana.token)).items[0]!.createdAt)).body.unreadCount).toBe(0);
  });

  it('cannot pre-read the future: an upTo ahead of everything stops at the newest notification', async () => {
    const ana = await signUpStudent(stack, api);
    await notifier.notify([answered(ana.userId, 1)]);
    expect((await markRead(ana.token, '2999-01-01T00:00:00.000Z')).body.unreadCount).toBe(0);
    await notifier.notify([answered(ana.userId, 2)]);
    const page = await list(ana.token);
    expect(page.unreadCount).toBe(1);
    expect(page.items.map((item) => item.read)).toEqual([false, true]);
  });

  it('keeps the count exact while notifications arrive during mark-read', async () => {
    const ana = await signUpStudent(stack, api);
    const realNotifier = createDeps(stack.config, stack.mailbox).notifier;
    await realNotifier.notify([answered(ana.userId, 0)]);
    const upTo = new Date().toISOString();
    await Promise.all([
      ...Array.from({ length: 12 }, (_, n) => realNotifier.notify([answered(ana.userId, n + 1)])),
      ...Array.from({ length: 4 }, () => markRead(ana.token, upTo)),
    ]);
    const items: NotificationsPage['items'][number][] = [];
    let cursor: string | undefined;
    do {
      const page = await list(ana.token, cursor);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(items).toHaveLength(13);
    expect(await count(ana.token)).toBe(items.filter((item) => !item.read).length);
  });

  it('heals a count a late write left too high once the user reads up to the newest', async () => {
    const ana = await signUpStudent(stack, api);
    await notifier.notify([answered(ana.userId, 1), answered(ana.userId, 2)]);
    const newest = (await list(ana.token)).items[0]!;
    await markRead(ana.token, newest.createdAt);
    // A notification stamped before what was read, written after (a slow write elsewhere).
    const late = new Date(Date.parse(newest.createdAt) - 500).toISOString();
    await notifications.add({ ...answered(ana.userId, 3), userId: ana.userId, itemKey: notificationKeyOf(late, 'n_late'), notificationId: 'n_late', createdAt: late });
    expect(await count(ana.token)).toBe(1);
    expect((await markRead(ana.token, newest.createdAt)).body.unreadCount).toBe(0);
  });

  it('refuses bad input naming the field', async () => {
    const ana = await signUpStudent(stack, api);
    for (const upTo of ['yesterday', '2026-12-05', '2026-12-05T10:00:00+02:00', 42, undefined]) {
      const response = await markRead(ana.token, upTo);
      expect(response.status, String(upTo)).toBe(400);
      expect(response.body.error).toMatch(/^upTo: /);
    }
    const badCursor = await api.get<{ error: string }>('/api/me/notifications?cursor=bm9wZQ', ana.token);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error).toBe('cursor: not a valid page cursor');
    const badSettings = await api.request<{ error: string }>('PUT', '/api/me/notification-settings', { body: { email: { ...ALL_ON.email, 'thread-answered': 'no' } }, token: ana.token });
    expect(badSettings.status).toBe(400);
    expect(badSettings.body.error).toBe('email.thread-answered: must be true or false');
  });

  it('e-mails every kind by default, with an HTML part; a kind turned off stays in the app only', async () => {
    const ana = await signUpStudent(stack, api);
    const email = (await api.get<{ email: string }>('/api/auth/me', ana.token)).body.email;
    expect((await api.get<NotificationSettings>('/api/me/notification-settings', ana.token)).body).toEqual(ALL_ON);

    await notifier.notify([{ ...answered(ana.userId, 1), text: '0:42 — relax the <b>thumb</b> & breathe' }]);
    const mail = stack.mailbox.list(email)[0]!;
    expect(mail.subject).toBe('Your teacher answered your take #1');
    expect(mail.text).toContain(`${stack.url}/courses/c1/lessons/l1?submission=s1`);
    expect(mail.text).toContain(`${stack.url}/account`);
    expect(mail.html).toContain('0:42 — relax the &#60;b&#62;thumb&#60;/b&#62; &#38; breathe');
    expect(mail.html).toContain(`href="${stack.url}/account"`);

    const off = { email: { ...ALL_ON.email, 'submission-answered': false } };
    const saved = await api.request<NotificationSettings>('PUT', '/api/me/notification-settings', { body: off, token: ana.token });
    expect(saved.body).toEqual(off);
    expect((await api.get<NotificationSettings>('/api/me/notification-settings', ana.token)).body).toEqual(off);
    await notifier.notify([answered(ana.userId, 2), { ...answered(ana.userId, 3), kind: 'thread-answered', title: 'Someone answered your thread' }]);
    expect(stack.mailbox.list(email).slice(0, 2).map((m) => m.subject)).toEqual(['Someone answered your thread', 'Your teacher answered your take #1']);
    expect((await list(ana.token)).items).toHaveLength(3);
  });
});
