import * as z from '../validation/zod';

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
