import * as z from '../validation/zod';
import { pageCursorSchema } from '../http/request-fields.schema';

/** What a notification is about; each kind's e-mail can be turned off in the account page. */
export const NOTIFICATION_KINDS = ['submission-received', 'submission-answered', 'thread-answered'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One in-app notification, newest first in the bell's list. */
export interface AppNotification {
  readonly notificationId: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly text: string;
  /** A path inside the app, e.g. `/courses/c1/lessons/l1?submission=s1`. */
  readonly link: string;
  readonly createdAt: string;
  readonly read: boolean;
}

/** GET /api/me/notifications */
export interface NotificationsPage {
  readonly items: readonly AppNotification[];
  readonly unreadCount: number;
  readonly nextCursor?: string;
}

/** GET and PUT /api/me/notification-settings: which kinds also arrive by e-mail (all on by default). */
export const notificationSettingsSchema = z.object({
  email: z.object({
    'submission-received': z.boolean('must be true or false'),
    'submission-answered': z.boolean('must be true or false'),
    'thread-answered': z.boolean('must be true or false'),
  }),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** How many notifications one page of GET /api/me/notifications holds (the bell shows one page, then "Show more"). */
export const NOTIFICATIONS_PAGE_SIZE = 8;

/** Query string of GET /api/me/notifications. */
export const notificationsQuerySchema = z.object({ cursor: pageCursorSchema });

/** POST /api/me/notifications/read: the newest `createdAt` the user saw; it and everything older are read. */
export const markNotificationsReadSchema = z.object({
  upTo: z.iso.datetime({ error: 'must be an ISO 8601 instant like 2026-12-05T10:00:00.000Z' }).check(z.refine((at) => Number.isFinite(Date.parse(at)), 'must be a real instant')),
});
export type MarkNotificationsRead = z.infer<typeof markNotificationsReadSchema>;

/** GET /api/me/notifications/count (the bell's poll) and the answer of POST /api/me/notifications/read. */
export interface UnreadNotifications {
  readonly unreadCount: number;
}
