import type { NotificationsDeps } from '../../notifications/notifications.deps';
import { notificationsRoutes } from '../../notifications/notifications.routes';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

/** The bell (list, unread count, mark read) and the e-mail settings; other domains' notifiers write the table. */
export const notificationsFunction: DomainFunction<NotificationsDeps> = {
  domain: { name: 'notifications', routes: notificationsRoutes },
  deps: (config) => ({ notifications: createRepositories(config).notifications, tokens: createTokenVerifier(config) }),
};

export const handler = createDomainHandler(notificationsFunction);
