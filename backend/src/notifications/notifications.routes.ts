import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import {
  markNotificationsReadSchema,
  NOTIFICATION_KINDS,
  NOTIFICATIONS_PAGE_SIZE,
  notificationSettingsSchema,
  notificationsQuerySchema,
  type AppNotification,
  type NotificationSettings,
  type NotificationsPage,
  type UnreadNotifications,
} from '@lessonstage/shared';
import { requireUser } from '../auth/auth.middleware';
import { decodeCursor, encodeCursor } from '../lib/db/page-cursor';
import { ConflictError } from '../lib/http/http-errors';
import { parseInput, parseJsonBody } from '../lib/http/validate';
import { NOTIFICATION_KEY_PREFIX, type NotificationRecord, type NotificationSettingsRecord } from './notification.record';
import type { NotificationsEnv } from './notifications.deps';

/** Where the next page starts: the last notification listed (the user comes from the session). */
const notificationCursorSchema = z.strictObject({
  itemKey: z.string().check(z.startsWith(NOTIFICATION_KEY_PREFIX), z.maxLength(128)),
});

function toAppNotification(record: NotificationRecord, readUpTo: string | undefined): AppNotification {
  const { notificationId, kind, title, text, link, createdAt } = record;
  return { notificationId, kind, title, text, link, createdAt, read: readUpTo !== undefined && createdAt <= readUpTo };
}

function settingsOf(record: NotificationSettingsRecord): NotificationSettings {
  const email = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, !record.emailOff.includes(kind)]));
  return { email: email as NotificationSettings['email'] };
}

/** The signed-in user's notifications (the bell), marking them read, and which kinds also come by e-mail. */
export const notificationsRoutes = new Hono<NotificationsEnv>()
  .get('/me/notifications', requireUser, async (c) => {
    const { cursor } = parseInput(notificationsQuerySchema, c.req.query());
    const start = cursor ? decodeCursor(cursor, notificationCursorSchema).itemKey : undefined;
    const { notifications } = c.get('deps');
    const userId = c.get('principal')!.userId;
    // One more than a page: a "Show more" that would open an empty page is never offered.
    const [page, settings] = await Promise.all([notifications.page(userId, NOTIFICATIONS_PAGE_SIZE + 1, start), notifications.settings(userId)]);
    const items = page.items.slice(0, NOTIFICATIONS_PAGE_SIZE);
    const more = page.items.length > NOTIFICATIONS_PAGE_SIZE;
    return c.json<NotificationsPage>({
      items: items.map((item) => toAppNotification(item, settings.readUpTo)),
      unreadCount: settings.unreadCount,
      ...(more ? { nextCursor: encodeCursor({ itemKey: items.at(-1)!.itemKey }) } : {}),
    });
  })
  // The bell's poll: one GetItem.
  .get('/me/notifications/count', requireUser, async (c) =>
    c.json<UnreadNotifications>({ unreadCount: (await c.get('deps').notifications.settings(c.get('principal')!.userId)).unreadCount }),
  )
  .post('/me/notifications/read', requireUser, async (c) => {
    const { upTo } = await parseJsonBody(c, markNotificationsReadSchema);
    const unreadCount = await c.get('deps').notifications.markRead(c.get('principal')!.userId, new Date(upTo).toISOString());
    if (unreadCount === undefined) throw new ConflictError('Notifications kept arriving while marking them read; try again', 'NotificationsBusy');
    return c.json<UnreadNotifications>({ unreadCount });
  })
  .get('/me/notification-settings', requireUser, async (c) =>
    c.json<NotificationSettings>(settingsOf(await c.get('deps').notifications.settings(c.get('principal')!.userId))),
  )
  .put('/me/notification-settings', requireUser, async (c) => {
    const { email } = await parseJsonBody(c, notificationSettingsSchema);
    const emailOff = NOTIFICATION_KINDS.filter((kind) => !email[kind]);
    await c.get('deps').notifications.setEmailOff(c.get('principal')!.userId, emailOff);
    return c.json<NotificationSettings>(settingsOf({ unreadCount: 0, emailOff }));
  });
