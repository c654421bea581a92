import type { NotificationKind } from '@lessonstage/shared';

/** A notification as stored under its user (`itemKey` = `n#<createdAt>#<notificationId>`). */
export interface NotificationRecord {
  readonly userId: string;
  readonly itemKey: string;
  readonly notificationId: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly text: string;
  readonly link: string;
  readonly createdAt: string;
}

/** The user's `settings` item: unread count and the kinds whose e-mail is turned off. */
export interface NotificationSettingsRecord {
  readonly unreadCount: number;
  readonly emailOff: readonly NotificationKind[];
  /** Notifications created at or before this instant are read. */
  readonly readUpTo?: string;
}

export const NOTIFICATION_KEY_PREFIX = 'n#';
export const SETTINGS_KEY = 'settings';

export function notificationKeyOf(createdAt: string, notificationId: string): string {
  return `${NOTIFICATION_KEY_PREFIX}${createdAt}#${notificationId}`;
}
