import type { GuardDeps } from '../auth/auth.middleware';
import type { DomainEnv } from '../lib/http/domain-env';
import type { NotificationsRepository } from './notifications.repository';

/** What the bell's list, its mark-read and the e-mail settings use: the Notifications table alone. */
export interface NotificationsDeps extends GuardDeps {
  readonly notifications: NotificationsRepository;
}

export type NotificationsEnv = DomainEnv<NotificationsDeps>;
