import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailer } from '../lib/mail/mailer';
import { DevMailbox } from '../local/dev-mailbox/dev-mailbox';
import { startTestDynamoDb, type TestDynamoDb } from '../testing/test-dynamodb';
import { USERS_TABLE, NOTIFICATIONS_TABLE } from '../lib/db/table-definitions';
import { UsersRepository } from '../users/users.repository';
import { createNotifier, type NotificationRequest } from './notifier';
import { NotificationsRepository } from './notifications.repository';

describe('notifier', () => {
  let dynamo: TestDynamoDb;
  let notifications: NotificationsRepository;
  let users: UsersRepository;
  let mailbox: DevMailbox;
  let clock = Date.parse('2026-12-05T10:00:00.000Z');
  const now = () => new Date((clock += 1000));

  beforeAll(async () => {
    dynamo = await startTestDynamoDb();
    notifications = new NotificationsRepository(dynamo.doc, NOTIFICATIONS_TABLE.localName);
    users = new UsersRepository(dynamo.doc, USERS_TABLE.localName);
    mailbox = new DevMailbox(join(mkdtempSync(join(tmpdir(), 'notifier-')), 'mail.jsonl'));
    for (const userId of ['ana', 'ben']) await users.createIfAbsent({ userId, email: `${userId}@example.test`, name: userId, role: 'student', createdAt: '2026-01-01T00:00:00.000Z' });
  });
  afterAll(() => dynamo.close());

  const answered = (userId: string): NotificationRequest => ({
    userId,
    kind: 'submission-answered',
    title: 'Your teacher answered your take',
    text: '0:42 — relax the thumb',
    link: '/courses/c1/lessons/l1?submission=s1',
  });

  it('stores the notification, counts it unread and e-mails it with the app link', async () => {
    const notifier = createNotifier({ notifications, users, mailer: mailbox, appOrigin: 'http://localhost:4200' }, now);
    await notifier.notify([answered('ana')]);
    const page = await notifications.page('ana', 10);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'submission-answered', link: '/courses/c1/lessons/l1?submission=s1' });
    expect((await notifications.settings('ana')).unreadCount).toBe(1);
    const mail = mailbox.list('ana@example.test').at(-1);
    expect(mail?.subject).toBe('Your teacher answered your take');
    expect(mail?.text).toContain('http://localhost:4200/courses/c1/lessons/l1?submission=s1');
  });

  it('keeps the in-app notification but sends no e-mail for a kind turned off', async () => {
    await notifications.setEmailOff('ben', ['submission-answered']);
    const notifier = createNotifier({ notifications, users, mailer: mailbox }, now);
    await notifier.notify([answered('ben')]);
    expect((await notifications.page('ben', 10)).items).toHaveLength(1);
    expect(mailbox.list('ben@example.test')).toHaveLength(0);
  });

  it('marks read up to what the user saw; a later one stays unread', async () => {
    const notifier = createNotifier({ notifications, users, mailer: mailbox }, now);
    await notifier.notify([answered('ana'), answered('ana')]);
    const seen = (await notifications.page('ana', 10)).items[0]!;
    await notifier.notify([answered('ana')]);
    await notifications.markRead('ana', seen.createdAt);
    expect((await notifications.settings('ana')).unreadCount).toBe(1);
    await notifications.markRead('ana', seen.createdAt);
    expect((await notifications.settings('ana')).unreadCount).toBe(1);
  });

  it('pages newest first', async () => {
    const first = await notifications.page('ana', 2);
    expect(first.items.map((item) => item.createdAt)).toEqual([...first.items.map((item) => item.createdAt)].sort().reverse());
    const second = await notifications.page('ana', 2, first.lastKey);
    expect(second.items[0]!.createdAt < first.items[1]!.createdAt).toBe(true);
  });

  it('never throws when delivery fails: the failure is logged and the others are delivered', async () => {
    const failing: Mailer = { send: () => Promise.reject(new Error('SES down')) };
    const notifier = createNotifier({ notifications, users, mailer: failing }, now);
    await expect(notifier.notify([answered('ana'), { ...answered('nobody'), userId: 'nobody' }])).resolves.toBeUndefined();
    expect((await notifications.page('nobody', 10)).items).toHaveLength(1);
  });
});
