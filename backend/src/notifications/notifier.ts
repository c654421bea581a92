import type { NotificationKind } from '@lessonstage/shared';
import type { Mailer } from '../lib/mail/mailer';
import { newId } from '../lib/new-id';
import { logger } from '../lib/observability/logger';
import type { UsersRepository } from '../users/users.repository';
import { notificationMail } from './notification-mail';
import { notificationKeyOf } from './notification.record';
import type { NotificationsRepository } from './notifications.repository';

/** Something happened that `userId` should hear about: in the app always, by e-mail unless turned off. */
export interface NotificationRequest {
  readonly userId: string;
  readonly kind: NotificationKind;
  /** One line, e.g. "Your teacher answered your take on “Blues shuffle”". */
  readonly title: string;
  /** A short plain-text excerpt (the comment, the reply); the e-mail's body. */
  readonly text: string;
  /** A path inside the app, starting with `/`. */
  readonly link: string;
}

/** What domains that notify call; never throws (a failed notification must not fail the user's write). */
export interface Notifier {
  notify(requests: readonly NotificationRequest[]): Promise<void>;
}

export interface NotifierDeps {
  readonly notifier: Notifier;
}

interface StoringNotifierDeps {
  readonly notifications: NotificationsRepository;
  readonly users: UsersRepository;
  readonly mailer: Mailer;
  /** Where e-mail links point; without it (tests) mails carry the bare path. */
  readonly appOrigin?: string;
}

const MAX_EXCERPT = 500;
/** The account page, where the e-mail of each kind is turned off. */
const SETTINGS_PATH = '/account';

/** At most `max` characters (code points: an emoji is never cut in half), with an ellipsis when cut. */
function excerptOf(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** Stores each notification under its user and e-mails it unless the user turned that kind off. */
export function createNotifier(deps: StoringNotifierDeps, now: () => Date = () => new Date()): Notifier {
  const deliver = async (request: NotificationRequest): Promise<void> => {
    // The bell renders it as an in-app link and the e-mail prefixes the site: never another origin.
    if (!request.link.startsWith('/') || request.link.startsWith('//')) throw new Error(`notification link is not an app path: ${request.link}`);
    const createdAt = now().toISOString();
    const notificationId = newId('n');
    const text = excerptOf(request.text, MAX_EXCERPT);
    await deps.notifications.add({ ...request, text, userId: request.userId, itemKey: notificationKeyOf(createdAt, notificationId), notificationId, createdAt });
    const settings = await deps.notifications.settings(request.userId);
    if (settings.emailOff.includes(request.kind)) return;
    const user = await deps.users.get(request.userId);
    if (!user) return;
    const origin = deps.appOrigin ?? '';
    await deps.mailer.send(notificationMail({ to: user.email, title: request.title, text, openUrl: `${origin}${request.link}`, settingsUrl: `${origin}${SETTINGS_PATH}` }));
  };
  return {
    async notify(requests) {
      const results = await Promise.allSettled(requests.map(deliver));
      results.forEach((result, index) => {
        if (result.status === 'rejected') logger.error('notification not delivered', { userId: requests[index]?.userId, kind: requests[index]?.kind, error: result.reason });
      });
    },
  };
}
